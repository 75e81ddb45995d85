import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset } from "#testing/dataset";
import { toResultRows } from "./tag-filters.ts";
import { SORT_COLUMNS, sortRows } from "./tag-sort.ts";
import { TAG_STATUSES } from "./tag-status.ts";

const dataset = createDataset({ seed: 5, now: new Date("2027-01-10T00:00:00Z") });
const context = { month: dataset.month, soonMonths: 3 };
const customers = dataset.ownCustomers.slice(0, 400);
const names = new Map(
  customers.map((c) => [
    c.tag.customer_id,
    { name: c.info.customer, accountName: c.info.account_name },
  ]),
);
const rows = toResultRows(
  customers.map((c) => c.tag),
  context,
  names,
);

describe("sortRows", () => {
  it("keeps the input order without a sort, in a new array", () => {
    const sorted = sortRows(rows, undefined);
    expect(sorted).toEqual(rows);
    expect(sorted).not.toBe(rows);
  });

  it("sorts expire months ascending and descending, blanks last both ways", () => {
    const asc = sortRows(rows, { column: "expire", desc: false }).map((row) => row.expire);
    const desc = sortRows(rows, { column: "expire", desc: true }).map((row) => row.expire);
    const present = rows.filter((row) => row.expire).map((row) => row.expire!);
    expect(asc.slice(0, present.length)).toEqual([...present].sort());
    expect(desc.slice(0, present.length)).toEqual([...present].sort().toReversed());
    expect(asc.slice(present.length).every((month) => month === undefined)).toBe(true);
    expect(desc.slice(present.length).every((month) => month === undefined)).toBe(true);
  });

  it("sorts statuses from most to least urgent", () => {
    const ranks = sortRows(rows, { column: "status", desc: false }).map((row) =>
      TAG_STATUSES.indexOf(row.status),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
  });

  it("breaks ties by customer ID so the order is reproducible", () => {
    const sorted = sortRows(rows, { column: "tag", desc: false });
    const misordered = sorted.filter((row, i) => {
      const previous = sorted[i - 1];
      return previous?.tagValue === row.tagValue && previous.tag.customer_id >= row.tag.customer_id;
    });
    expect(misordered).toEqual([]);
    expect(sortRows(rows.toReversed(), { column: "tag", desc: false })).toEqual(sorted);
  });

  it("sorts Chinese names in pinyin order", () => {
    const sorted = sortRows(rows, { column: "name", desc: false }).map((row) => row.name!);
    const collator = new Intl.Collator(["zh-CN", "en"], { numeric: true, sensitivity: "base" });
    for (let i = 1; i < sorted.length; i++)
      expect(collator.compare(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
  });

  it("sorts by reseller in pinyin order, rows without one last", () => {
    const resellers = ["上海新天", "北京云", "安徽", undefined];
    const scoped = toResultRows(
      customers.slice(0, 40).map((c, i) => ({ ...c.tag, indirect_partner_id: resellers[i % 4] === undefined ? null : `r${i % 4}` })),
      context,
      undefined,
      (id) => (id === null ? "" : resellers[Number(id.slice(1))]!),
    );
    const sorted = sortRows(
      scoped.map((row) => (row.reseller === "" ? { ...row, reseller: undefined } : row)),
      { column: "reseller", desc: false },
    ).map((row) => row.reseller);
    expect([...new Set(sorted)]).toEqual(["安徽", "北京云", "上海新天", undefined]);
  });

  it("sorts by every column without losing or duplicating rows", () => {
    for (const column of SORT_COLUMNS) {
      const sorted = sortRows(rows, { column, desc: true });
      expect(new Set(sorted)).toEqual(new Set(rows));
    }
  });

  it("orders like a plain comparison: value, blanks last, then the whole ID, then position", () => {
    // IDs that share long prefixes, differ past the 7th character, or hold non-ASCII characters.
    const id = fc.stringMatching(/^(abcdefg|abcdefh|abc|中文|Z)?[0-9a-f中]{0,3}$/);
    const month = fc.option(fc.constantFrom("2024-01", "2024-12", "2025-06", "2026-11"), {
      nil: undefined,
    });
    const tag = fc.record({
      customer_id: id,
      new_customer_tag: fc.constantFrom("Y", "N", "UNDETERMINED", ""),
      effective_time: month,
      expire_time: month,
    });
    const columns = ["id", "tag", "effective", "expire", "status", "type"] as const;
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 60 }),
        fc.constantFrom(...columns),
        fc.boolean(),
        (tags, column, desc) => {
          const input = toResultRows(tags, context);
          const keyOf = (row: (typeof input)[number]): string | number | undefined =>
            column === "id"
              ? row.tag.customer_id
              : column === "tag"
                ? ["Y", "N", "UNDETERMINED", "empty", "other"].indexOf(row.tagValue)
                : column === "status"
                  ? TAG_STATUSES.indexOf(row.status)
                  : column === "type"
                    ? row.tag.customer_tag_type?.trim() || undefined
                    : row[column];
          const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
          const expected = input
            .map((row, index) => ({ row, index, key: keyOf(row) }))
            .sort((a, b) => {
              if (a.key !== b.key) {
                if (a.key === undefined) return 1;
                if (b.key === undefined) return -1;
                const order = a.key < b.key ? -1 : 1;
                return desc ? -order : order;
              }
              return (
                (column === "id" ? 0 : byId(a.row.tag.customer_id, b.row.tag.customer_id)) ||
                a.index - b.index
              );
            })
            .map((entry) => entry.row);
          expect(sortRows(input, { column, desc })).toEqual(expected);
        },
      ),
    );
  });
});
