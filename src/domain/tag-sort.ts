// Sorting of the results workspace. One column at a time; rows without a value sort last in both
// directions (a blank is never the "smallest expiry"), and ties fall back to the customer ID so
// the order, and therefore every page and export, is reproducible.
import type { ResultRow } from "./tag-filters.ts";
import { TAG_STATUSES, TAG_VALUES } from "./tag-status.ts";

export const SORT_COLUMNS = ["id", "name", "type", "tag", "effective", "expire", "status"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortState = { column: SortColumn; desc: boolean } | undefined;

const STATUS_RANK = new Map(TAG_STATUSES.map((status, index) => [status, index]));
const TAG_RANK = new Map(TAG_VALUES.map((value, index) => [value, index]));
// Pinyin order for Chinese names, created once: a collator per comparison would be far slower.
const collator = new Intl.Collator(["zh-CN", "en"], { numeric: true, sensitivity: "base" });

type Key = string | number | undefined;

function keyOf(row: ResultRow, column: SortColumn): Key {
  switch (column) {
    case "id":
      return row.idRank;
    case "name":
      return row.name ?? row.accountName;
    case "type":
      return row.tag.customer_tag_type?.trim() || undefined;
    case "tag":
      return TAG_RANK.get(row.tagValue);
    case "effective":
      return row.effective;
    case "expire":
      return row.expire;
    case "status":
      return STATUS_RANK.get(row.status);
  }
}

function compareKeys(a: Key, b: Key, column: SortColumn): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (column === "name") return collator.compare(String(a), String(b));
  // IDs and YYYY-MM months compare correctly as plain strings, and much faster than a collator.
  return a! < b! ? -1 : a! > b! ? 1 : 0;
}

/** Returns a new array of the rows sorted by `sort` (the input order when unsorted). */
export function sortRows(rows: readonly ResultRow[], sort: SortState): ResultRow[] {
  if (!sort) return rows.slice();
  const { column, desc } = sort;
  const keyed = rows.map((row) => ({ row, key: keyOf(row, column), rank: row.idRank }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const order = compareKeys(a.key, b.key, column);
      if (order !== 0) return desc ? -order : order;
    }
    return a.rank - b.rank;
  });
  return keyed.map((entry) => entry.row);
}
