// What the insights panel shows of a result set, computed in one pass over its rows: the expiry
// calendar ahead, what lapsed behind, customers won per month, the status distribution and a line
// per reseller. Plain numbers in arrays indexed by month, so 100,000 rows cost one loop and the
// charts, their data tables and their CSV files all read the same figures.
import { resellerKeyOf, type ResultRow } from "./tag-filters.ts";
import { monthFromKey } from "./month.ts";
import { TAG_STATUSES, type TagStatus } from "./tag-status.ts";

export const AHEAD_MONTHS = 12;
export const BEHIND_MONTHS = 12;
export const WON_MONTHS = 24;
/** Resellers drawn as their own colour in the calendar stacked by reseller; the rest are "others". */
export const TOP_RESELLERS = 6;

/** The statuses a tag that is still held can have: what the expiry calendar stacks. */
export const HELD_STATUSES = ["expiresThisMonth", "expiringSoon", "active", "notYetEffective"] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

/** The per-reseller table's columns, each a group of statuses. */
export const RESELLER_COLUMNS = ["active", "expiring", "expired", "notNew", "undetermined", "noRealName"] as const;
export type ResellerColumn = (typeof RESELLER_COLUMNS)[number];

const COLUMN_OF: Record<TagStatus, ResellerColumn | undefined> = {
  active: "active",
  notYetEffective: "active",
  expiresThisMonth: "expiring",
  expiringSoon: "expiring",
  expired: "expired",
  notNew: "notNew",
  undetermined: "undetermined",
  noRealName: "noRealName",
  unknown: undefined,
};

/** The statuses each column of the per-reseller table counts (what clicking it filters). */
export const STATUSES_OF_COLUMN: Record<ResellerColumn, readonly TagStatus[]> = {
  active: ["active", "notYetEffective"],
  expiring: ["expiresThisMonth", "expiringSoon"],
  expired: ["expired"],
  notNew: ["notNew"],
  undetermined: ["undetermined"],
  noRealName: ["noRealName"],
};

/** One reseller's line: its customers by column, and all of them (unknown tag values included). */
export type ResellerLine = {
  /** The reseller's ID, "" for the partner's own customers. */
  key: string;
  label: string;
  counts: Record<ResellerColumn, number>;
  total: number;
};

/** A month series: `months[i]` is "YYYY-MM", every count array has one number per month. */
export type Insights = {
  /** The current month (China Standard Time) the figures were derived with. */
  month: string;
  /** Tags still held that expire in each of the next 12 months, this month first. */
  ahead: {
    months: string[];
    byStatus: Record<HeldStatus, number[]>;
    /** The largest resellers (TOP_RESELLERS), then "others" when there are more. */
    byReseller: { key: string; label: string; counts: number[] }[];
    totals: number[];
  };
  /** The past 12 months, oldest first: tags whose expiry fell in it, and customers the store saw turn N. */
  behind: { months: string[]; expired: number[]; becameN: number[] | undefined };
  /** Customers whose tag took effect in each of the last 24 months (this month last). */
  won: { months: string[]; counts: number[] };
  statuses: Record<TagStatus, number>;
  /** Largest first; `totals` adds every line up. */
  resellers: ResellerLine[];
  totals: ResellerLine;
};

/** A customer the store saw lose its tag (Y to N), and the month it saw it, "YYYY-MM" in China time. */
export type Lapse = { customerId: string; month: string };

/** The key of the "others" stack in the calendar stacked by reseller. */
export const OTHER_RESELLERS = "*";

const zeros = (length: number) => Array.from({ length }, () => 0);
const emptyColumns = (): Record<ResellerColumn, number> =>
  Object.fromEntries(RESELLER_COLUMNS.map((column) => [column, 0])) as Record<ResellerColumn, number>;

/**
 * The insights of a result set, `now` being the current month's number (`monthKeyOf`). Lapses,
 * from the store's history, count only customers among the rows; without them `becameN` is
 * undefined (the panel then says the store has no history to show).
 */
export function computeInsights(
  rows: readonly ResultRow[],
  now: number,
  options: { lapses?: readonly Lapse[]; ownLabel?: string } = {},
): Insights {
  const ahead = Object.fromEntries(HELD_STATUSES.map((status) => [status, zeros(AHEAD_MONTHS)])) as Record<
    HeldStatus,
    number[]
  >;
  const aheadTotals = zeros(AHEAD_MONTHS);
  const aheadByReseller = new Map<string, number[]>();
  const expired = zeros(BEHIND_MONTHS);
  const won = zeros(WON_MONTHS);
  const statuses = Object.fromEntries(TAG_STATUSES.map((status) => [status, 0])) as Record<TagStatus, number>;
  const lines = new Map<string, ResellerLine>();
  const firstBehind = now - BEHIND_MONTHS;
  const firstWon = now - WON_MONTHS + 1;

  for (const row of rows) {
    const { status, expireKey, effectiveKey } = row;
    statuses[status] += 1;
    const key = resellerKeyOf(row);
    let line = lines.get(key);
    if (!line) {
      line = { key, label: row.reseller ?? (key || options.ownLabel || ""), counts: emptyColumns(), total: 0 };
      lines.set(key, line);
    }
    line.total += 1;
    const column = COLUMN_OF[status];
    if (column) line.counts[column] += 1;

    const aheadIndex = expireKey - now;
    if (row.tagValue === "Y" && aheadIndex >= 0 && aheadIndex < AHEAD_MONTHS) {
      // A held Y tag's status is one of HELD_STATUSES once its expiry is this month or later.
      ahead[status as HeldStatus][aheadIndex]! += 1;
      aheadTotals[aheadIndex]! += 1;
      let byReseller = aheadByReseller.get(key);
      if (!byReseller) aheadByReseller.set(key, (byReseller = zeros(AHEAD_MONTHS)));
      byReseller[aheadIndex]! += 1;
    }
    if (status === "expired" && expireKey >= firstBehind && expireKey < now) expired[expireKey - firstBehind]! += 1;
    if (effectiveKey >= firstWon && effectiveKey <= now) won[effectiveKey - firstWon]! += 1;
  }

  const resellers = [...lines.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const totals: ResellerLine = { key: "", label: "", counts: emptyColumns(), total: 0 };
  for (const line of resellers) {
    totals.total += line.total;
    for (const column of RESELLER_COLUMNS) totals.counts[column] += line.counts[column];
  }

  return {
    month: monthFromKey(now),
    ahead: {
      months: monthsFrom(now, AHEAD_MONTHS),
      byStatus: ahead,
      byReseller: topResellers(aheadByReseller, lines),
      totals: aheadTotals,
    },
    behind: {
      months: monthsFrom(firstBehind, BEHIND_MONTHS),
      expired,
      becameN: options.lapses ? countLapses(rows, options.lapses, firstBehind) : undefined,
    },
    won: { months: monthsFrom(firstWon, WON_MONTHS), counts: won },
    statuses,
    resellers,
    totals,
  };
}

function monthsFrom(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => monthFromKey(first + index));
}

// The resellers with most tags expiring ahead, each its own stack; the rest add up as "others".
function topResellers(
  byReseller: Map<string, number[]>,
  lines: Map<string, ResellerLine>,
): Insights["ahead"]["byReseller"] {
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  const ranked = [...byReseller].sort(([keyA, a], [keyB, b]) => sum(b) - sum(a) || keyA.localeCompare(keyB));
  const top = ranked.slice(0, ranked.length > TOP_RESELLERS + 1 ? TOP_RESELLERS : ranked.length);
  const stacks = top.map(([key, counts]) => ({ key, label: lines.get(key)?.label ?? key, counts }));
  const rest = ranked.slice(top.length);
  if (rest.length > 0) {
    const counts = zeros(AHEAD_MONTHS);
    for (const [, other] of rest) other.forEach((count, index) => (counts[index]! += count));
    stacks.push({ key: OTHER_RESELLERS, label: "", counts });
  }
  return stacks;
}

// Each customer among the rows counts once per month, however many scopes it lapsed in.
function countLapses(rows: readonly ResultRow[], lapses: readonly Lapse[], first: number): number[] {
  const ids = new Set(rows.map((row) => row.tag.customer_id));
  const seen = new Set<string>();
  const counts = zeros(BEHIND_MONTHS);
  const months = monthsFrom(first, BEHIND_MONTHS);
  const indexOf = new Map(months.map((month, index) => [month, index]));
  for (const { customerId, month } of lapses) {
    const index = indexOf.get(month);
    if (index === undefined || !ids.has(customerId) || seen.has(`${month}/${customerId}`)) continue;
    seen.add(`${month}/${customerId}`);
    counts[index]! += 1;
  }
  return counts;
}
