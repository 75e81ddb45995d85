import { describe, expect, it } from "vitest";
import { createDataset } from "#testing/dataset";
import { compareMonths } from "./month.ts";
import {
  applyFilters,
  countByStatus,
  hasFilters,
  NO_FILTERS,
  searchTerms,
  tagTypesOf,
  toResultRows,
  type ResultFilters,
} from "./tag-filters.ts";
import { tagStatus, TAG_STATUSES } from "./tag-status.ts";

const dataset = createDataset({ seed: 11, now: new Date("2026-11-15T00:00:00Z") });
const context = { month: dataset.month, soonMonths: 3 };
const tags = dataset.ownCustomers.slice(0, 600).map((customer) => customer.tag);
const rows = toResultRows(tags, context);
const filter = (changes: Partial<ResultFilters>) =>
  applyFilters(rows, { ...NO_FILTERS, ...changes });

describe("applyFilters", () => {
  it("keeps every row, in order, without filters", () => {
    expect(filter({}).map((row) => row.tag)).toEqual(tags);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it("keeps the chosen statuses only", () => {
    const kept = filter({ statuses: ["expired", "expiringSoon"] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.map((row) => row.tag)).toEqual(
      tags.filter((tag) => ["expired", "expiringSoon"].includes(tagStatus(tag, context))),
    );
  });

  it("keeps several tag values at once, the empty tag included", () => {
    const kept = filter({ tags: ["N", "empty"] });
    const expected = tags.filter((tag) => tag.new_customer_tag === "N" || !tag.new_customer_tag);
    expect(kept.map((row) => row.tag)).toEqual(expected);
    expect(expected.some((tag) => tag.new_customer_tag === undefined)).toBe(true);
    expect(expected.some((tag) => tag.new_customer_tag === "")).toBe(true);
  });

  it("filters by tag type, '' meaning none", () => {
    expect(tagTypesOf(rows)).toEqual(["SMB", ""]);
    expect(filter({ tagTypes: [""] }).map((row) => row.tag)).toEqual(
      tags.filter((tag) => !tag.customer_tag_type),
    );
    expect(filter({ tagTypes: ["SMB"] }).every((row) => row.tag.customer_tag_type === "SMB")).toBe(
      true,
    );
  });

  it("filters by reseller when the rows span scopes, '' meaning the partner's own", () => {
    const spanning = toResultRows(
      [
        { customer_id: "own-1", new_customer_tag: "Y" },
        { customer_id: "r1-1", new_customer_tag: "Y", indirect_partner_id: "IP-1" },
        { customer_id: "r2-1", new_customer_tag: "N", indirect_partner_id: "IP-2" },
        { customer_id: "own-2", new_customer_tag: "N", indirect_partner_id: null },
      ],
      context,
    );
    const ids = (resellers: string[]) =>
      applyFilters(spanning, { ...NO_FILTERS, resellers }).map((row) => row.tag.customer_id);
    expect(ids([""])).toEqual(["own-1", "own-2"]);
    expect(ids(["IP-2", ""])).toEqual(["own-1", "r2-1", "own-2"]);
    expect(ids([])).toEqual(["own-1", "r1-1", "r2-1", "own-2"]);
    expect(hasFilters({ ...NO_FILTERS, resellers: ["IP-1"] })).toBe(true);
  });

  it("takes month ranges inclusively, with either end open, and drops rows without the month", () => {
    const from = dataset.month;
    const openEnded = filter({ expire: { from } });
    expect(openEnded.map((row) => row.tag)).toEqual(
      tags.filter((tag) => tag.expire_time && compareMonths(tag.expire_time, from) >= 0),
    );
    const to = "2026-08";
    expect(filter({ effective: { to } }).map((row) => row.tag)).toEqual(
      tags.filter((tag) => tag.effective_time && compareMonths(tag.effective_time, to) <= 0),
    );
    const exact = filter({ expire: { from, to: from } });
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((row) => row.tag.expire_time === from)).toBe(true);
  });

  it("combines filters with AND", () => {
    const kept = filter({ tags: ["Y"], expire: { to: dataset.month } });
    expect(kept.map((row) => row.tag)).toEqual(
      tags.filter(
        (tag) =>
          tag.new_customer_tag === "Y" &&
          tag.expire_time &&
          compareMonths(tag.expire_time, dataset.month) <= 0,
      ),
    );
  });

  it("searches IDs case-insensitively and a pasted list by any entry", () => {
    const [a, b] = tags;
    expect(
      filter({ query: a!.customer_id.slice(4, 14).toUpperCase() }).map((row) => row.tag),
    ).toContain(a);
    const both = filter({ query: `${a!.customer_id},\n ${b!.customer_id}` });
    expect(both.map((row) => row.tag)).toEqual([a, b]);
    expect(filter({ query: "no-such-customer" })).toEqual([]);
  });

  it("searches names when they are known", () => {
    const customer = dataset.ownCustomers[3]!;
    const names = new Map([
      [
        customer.tag.customer_id,
        { name: customer.info.customer, accountName: customer.info.account_name },
      ],
    ]);
    const named = toResultRows(tags, context, names);
    const byName = applyFilters(named, { ...NO_FILTERS, query: customer.info.customer });
    expect(byName.map((row) => row.tag.customer_id)).toContain(customer.tag.customer_id);
    const byAccount = applyFilters(named, {
      ...NO_FILTERS,
      query: customer.info.account_name.toUpperCase(),
    });
    expect(byAccount.map((row) => row.tag.customer_id)).toEqual([customer.tag.customer_id]);
  });

  it("can leave the status filter out, for the per-status counts", () => {
    const filters = { ...NO_FILTERS, statuses: ["active" as const], tags: ["Y" as const] };
    expect(applyFilters(rows, filters, { ignoreStatus: true })).toEqual(filter({ tags: ["Y"] }));
  });
});

describe("countByStatus", () => {
  it("counts every status, zero included, adding up to the row count", () => {
    const counts = countByStatus(rows);
    expect(Object.keys(counts).sort()).toEqual([...TAG_STATUSES].sort());
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(rows.length);
    expect(counts.unknown).toBe(0);
    for (const status of TAG_STATUSES)
      expect(counts[status]).toBe(rows.filter((row) => row.status === status).length);
  });
});

describe("searchTerms", () => {
  it("splits lists on commas, semicolons (also full-width) and line breaks, not on spaces", () => {
    expect(searchTerms(" Abc ; def，ghi\nJK L ")).toEqual(["abc", "def", "ghi", "jk l"]);
    expect(searchTerms(" , ")).toEqual([]);
  });
});
