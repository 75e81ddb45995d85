import { describe, expect, it } from "vitest";
import { createDataset } from "./dataset.ts";
import { editTags, freshDataset } from "./tag-edits.ts";
import { queryTags } from "./tag-query.ts";

const now = new Date("2026-12-07T00:00:00Z");

describe("tag edits of the fake BSS", () => {
  it("changes a tag as the tag API then answers it, and drops a field set to null", () => {
    const dataset = createDataset({ now });
    const [a, b] = dataset.ownCustomers;
    const idA = a?.tag.customer_id ?? "";
    const idB = b?.tag.customer_id ?? "";
    expect(editTags(dataset, { set: [{ customer_id: idA, new_customer_tag: "N", expire_time: null }], remove: [] })).toEqual({ unknown: [] });
    const answer = queryTags({ dataset, distributor: true }, { customer_ids: [idA, idB] });
    const rows = (answer.body as { new_customer_tags: Record<string, unknown>[] }).new_customer_tags;
    expect(rows.find((row) => row.customer_id === idA)).toMatchObject({ new_customer_tag: "N" });
    expect(rows.find((row) => row.customer_id === idA)).not.toHaveProperty("expire_time");
  });

  it("takes a removed customer out of its scope's pages", () => {
    const dataset = createDataset({ now });
    const gone = dataset.ownCustomers[0]?.tag.customer_id ?? "";
    const before = dataset.ownCustomers.length;
    editTags(dataset, { set: [], remove: [gone] });
    expect(dataset.ownCustomers).toHaveLength(before - 1);
    expect(dataset.customerById.has(gone)).toBe(false);
  });

  it("refuses IDs it does not know and changes nothing", () => {
    const dataset = createDataset({ now });
    const id = dataset.ownCustomers[0]?.tag.customer_id ?? "";
    expect(editTags(dataset, { set: [{ customer_id: id, new_customer_tag: "N" }], remove: ["nobody"] })).toEqual({ unknown: ["nobody"] });
    expect(dataset.ownCustomers[0]?.tag.new_customer_tag).not.toBe("N");
  });

  it("regenerates the same data set for a reset", () => {
    const dataset = createDataset({ now });
    const first = dataset.ownCustomers[0]?.tag;
    editTags(dataset, { set: [], remove: [first?.customer_id ?? ""] });
    expect(freshDataset(dataset).ownCustomers[0]?.tag).toEqual(first);
  });
});
