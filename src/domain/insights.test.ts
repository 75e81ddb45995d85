import { describe, expect, it } from "vitest";
import { computeInsights, OTHER_RESELLERS, STATUSES_OF_COLUMN, TOP_RESELLERS } from "./insights.ts";
import { toResultRows, type TagRow } from "./tag-filters.ts";
import { monthKeyOf, TAG_STATUSES } from "./tag-status.ts";

const MONTH = "2026-12";
const NOW = monthKeyOf(MONTH);
const context = { month: MONTH, soonMonths: 3 };

function buildTag(overrides: Partial<TagRow> = {}): TagRow {
  return { customer_id: "c", new_customer_tag: "Y", effective_time: "2026-01", expire_time: "2027-06", ...overrides };
}

const rowsOf = (tags: TagRow[]) =>
  toResultRows(tags, context, undefined, (id) => (id === null ? "Own" : `Reseller ${id}`));

describe("computeInsights", () => {
  it("puts held tags in the month they expire, this month first, stacked by status", () => {
    const insights = computeInsights(
      rowsOf([
        buildTag({ customer_id: "a", expire_time: "2026-12" }),
        buildTag({ customer_id: "b", expire_time: "2027-02" }),
        buildTag({ customer_id: "c", expire_time: "2027-02-28" }),
        buildTag({ customer_id: "d", expire_time: "2027-11" }),
        // Beyond the 12 months, already past, not a Y, or without a month: not in the calendar.
        buildTag({ customer_id: "e", expire_time: "2027-12" }),
        buildTag({ customer_id: "f", expire_time: "2026-11" }),
        buildTag({ customer_id: "g", new_customer_tag: "N", expire_time: "2027-01" }),
        buildTag({ customer_id: "h", expire_time: null }),
        buildTag({ customer_id: "i", effective_time: "2027-03", expire_time: "2027-05" }),
      ]),
      NOW,
    );
    expect(insights.month).toBe("2026-12");
    expect(insights.ahead.months).toEqual([
      "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05",
      "2027-06", "2027-07", "2027-08", "2027-09", "2027-10", "2027-11",
    ]);
    expect(insights.ahead.totals).toEqual([1, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(insights.ahead.byStatus).toEqual({
      expiresThisMonth: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      expiringSoon: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      active: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      notYetEffective: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    });
  });

  it("counts the past 12 months' expiries, and the store's lapses of customers among the rows only", () => {
    const insights = computeInsights(
      rowsOf([
        buildTag({ customer_id: "a", new_customer_tag: "N", expire_time: "2026-11" }),
        buildTag({ customer_id: "b", expire_time: "2025-12" }),
        buildTag({ customer_id: "c", new_customer_tag: "N", expire_time: "2025-11" }),
        buildTag({ customer_id: "d", new_customer_tag: "N", expire_time: "2027-01" }),
      ]),
      NOW,
      {
        lapses: [
          { customerId: "a", month: "2026-11" },
          { customerId: "a", month: "2026-11" },
          { customerId: "d", month: "2026-05" },
          { customerId: "not-in-rows", month: "2026-05" },
          { customerId: "c", month: "2025-11" },
        ],
      },
    );
    expect(insights.behind.months[0]).toBe("2025-12");
    expect(insights.behind.months[11]).toBe("2026-11");
    expect(insights.behind.expired).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(insights.behind.becameN).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(computeInsights([], NOW).behind.becameN).toBeUndefined();
  });

  it("counts customers won by effective month over 24 months, this month last", () => {
    const insights = computeInsights(
      rowsOf([
        buildTag({ customer_id: "a", effective_time: "2026-12" }),
        buildTag({ customer_id: "b", effective_time: "2025-01" }),
        buildTag({ customer_id: "c", effective_time: "2025-01-15", new_customer_tag: "N" }),
        buildTag({ customer_id: "d", effective_time: "2024-12" }),
        buildTag({ customer_id: "e", effective_time: "2027-01" }),
      ]),
      NOW,
    );
    expect(insights.won.months[0]).toBe("2025-01");
    expect(insights.won.months[23]).toBe("2026-12");
    expect(insights.won.counts[0]).toBe(2);
    expect(insights.won.counts[23]).toBe(1);
    expect(insights.won.counts.reduce((a, b) => a + b)).toBe(3);
  });

  it("counts every status, and a line per reseller with totals, largest first", () => {
    const insights = computeInsights(
      rowsOf([
        buildTag({ customer_id: "a", expire_time: "2027-01" }),
        buildTag({ customer_id: "b", indirect_partner_id: "IP-1", new_customer_tag: "N" }),
        buildTag({ customer_id: "c", indirect_partner_id: "IP-1", new_customer_tag: "UNDETERMINED" }),
        buildTag({ customer_id: "d", indirect_partner_id: "IP-1", new_customer_tag: "" }),
        buildTag({ customer_id: "e", indirect_partner_id: "IP-1", new_customer_tag: "MAYBE" }),
        buildTag({ customer_id: "f", expire_time: "2026-10" }),
      ]),
      NOW,
    );
    expect(insights.statuses).toEqual({
      expired: 1, notNew: 1, expiresThisMonth: 0, expiringSoon: 1, active: 0,
      notYetEffective: 0, undetermined: 1, noRealName: 1, unknown: 1,
    });
    expect(insights.resellers).toEqual([
      {
        key: "IP-1",
        label: "Reseller IP-1",
        counts: { active: 0, expiring: 0, expired: 0, notNew: 1, undetermined: 1, noRealName: 1 },
        total: 4,
      },
      {
        key: "",
        label: "Own",
        counts: { active: 0, expiring: 1, expired: 1, notNew: 0, undetermined: 0, noRealName: 0 },
        total: 2,
      },
    ]);
    expect(insights.totals).toMatchObject({
      counts: { active: 0, expiring: 1, expired: 1, notNew: 1, undetermined: 1, noRealName: 1 },
      total: 6,
    });
  });

  it("stacks the calendar by the largest resellers, the rest as others", () => {
    const tags: TagRow[] = [];
    // Reseller r1 has 1 tag expiring, r2 has 2, … r8 has 8: the six largest are r8 … r3.
    for (let reseller = 1; reseller <= 8; reseller++) {
      for (let i = 0; i < reseller; i++)
        tags.push(buildTag({ customer_id: `${reseller}-${i}`, indirect_partner_id: `r${reseller}`, expire_time: "2027-01" }));
    }
    const { byReseller } = computeInsights(rowsOf(tags), NOW).ahead;
    expect(byReseller.map((stack) => stack.key)).toEqual(["r8", "r7", "r6", "r5", "r4", "r3", OTHER_RESELLERS]);
    expect(byReseller.length).toBe(TOP_RESELLERS + 1);
    expect(byReseller[0]).toMatchObject({ label: "Reseller r8", counts: [0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(byReseller.at(-1)?.counts[1]).toBe(3);
  });

  it("names every status in exactly one reseller column but unknown values, which only the total counts", () => {
    const columned = Object.values(STATUSES_OF_COLUMN).flat();
    expect([...columned].sort()).toEqual(TAG_STATUSES.filter((status) => status !== "unknown").sort());
  });
});
