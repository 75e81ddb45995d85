import { describe, expect, it } from "vitest";
import { buildTags } from "../../testing/tag-factory.ts";
import { mergePages } from "./merge-pages.ts";

describe("mergePages", () => {
  it("keeps every row in page order", () => {
    const rows = buildTags(7);
    expect(mergePages([rows.slice(0, 3), rows.slice(3, 6), rows.slice(6), []])).toEqual(rows);
  });

  it("keeps the first copy of a customer that shows up on two pages", () => {
    const rows = buildTags(5);
    const merged = mergePages([rows.slice(0, 3), rows.slice(2)]);
    expect(merged.map((row) => row.customer_id)).toEqual(rows.map((row) => row.customer_id));
    expect(merged[2]).toBe(rows[2]);
  });
});
