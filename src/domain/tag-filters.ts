// Filtering of the results workspace, as plain functions so the table, the exports and the
// benchmarks all narrow rows the same way.
import type { NewCustomerTag } from "../contract/huawei-api.ts";
import { compareMonths } from "./month.ts";
import {
  TAG_STATUSES,
  monthOf,
  tagStatus,
  tagValueOf,
  type StatusContext,
  type TagStatus,
  type TagValue,
} from "./tag-status.ts";

/** Optional customer names (fetched separately) that the ID search also matches. */
export type CustomerNames = ReadonlyMap<
  string,
  { name?: string | null; accountName?: string | null }
>;

/** A tag row with what the workspace derives from it once, not on every filter change. */
export type ResultRow = {
  tag: NewCustomerTag;
  status: TagStatus;
  tagValue: TagValue;
  /** The tag's months as "YYYY-MM", undefined when absent or unreadable. */
  effective: string | undefined;
  expire: string | undefined;
  name: string | undefined;
  accountName: string | undefined;
  /** Lower-cased ID and names, for the search box. */
  haystack: string;
  /** Position of the customer ID among all rows' IDs: sorting compares this number, not strings. */
  idRank: number;
};

/** A month range; either end may be open. Both ends are inclusive. */
export type MonthRange = { from?: string; to?: string };

export type ResultFilters = {
  /** Statuses to keep; empty keeps every status. */
  statuses: readonly TagStatus[];
  /** Tag values to keep; empty keeps every value. */
  tags: readonly TagValue[];
  /** Tag types to keep ("" for a row without a type); empty keeps every type. */
  tagTypes: readonly string[];
  effective: MonthRange;
  expire: MonthRange;
  /** Free text matched against the ID (and names when known); see `matchesQuery`. */
  query: string;
};

export const NO_FILTERS: ResultFilters = {
  statuses: [],
  tags: [],
  tagTypes: [],
  effective: {},
  expire: {},
  query: "",
};

/** Derives status, months, search text and ID order of each row for the given month and names. */
export function toResultRows(
  rows: readonly NewCustomerTag[],
  context: StatusContext,
  names?: CustomerNames,
): ResultRow[] {
  // Ranking the IDs once here makes every later sort (many per session) compare numbers.
  const byId = rows.map((tag, index) => ({ id: tag.customer_id, index }));
  byId.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.index - b.index));
  const idRank = new Int32Array(rows.length);
  byId.forEach((entry, rank) => {
    idRank[entry.index] = rank;
  });
  return rows.map((tag, index) => {
    const known = names?.get(tag.customer_id);
    const name = known?.name?.trim() || undefined;
    const accountName = known?.accountName?.trim() || undefined;
    return {
      tag,
      status: tagStatus(tag, context),
      tagValue: tagValueOf(tag.new_customer_tag),
      effective: monthOf(tag.effective_time),
      expire: monthOf(tag.expire_time),
      name,
      accountName,
      haystack: [tag.customer_id, name, accountName].filter(Boolean).join("\n").toLowerCase(),
      idRank: idRank[index] ?? index,
    };
  });
}

/** The tag type of a row as the filter sees it: trimmed, "" when absent. */
export function tagTypeOf(row: ResultRow): string {
  return row.tag.customer_tag_type?.trim() ?? "";
}

/** Tells whether any filter is set. */
export function hasFilters(filters: ResultFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    filters.tags.length > 0 ||
    filters.tagTypes.length > 0 ||
    isRangeSet(filters.effective) ||
    isRangeSet(filters.expire) ||
    filters.query.trim() !== ""
  );
}

function isRangeSet(range: MonthRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

// A set range drops rows without that month: "expires before March" cannot be true of a row
// that has no expire month.
function inRange(month: string | undefined, range: MonthRange): boolean {
  if (!isRangeSet(range)) return true;
  if (month === undefined) return false;
  if (range.from !== undefined && compareMonths(month, range.from) < 0) return false;
  return range.to === undefined || compareMonths(month, range.to) <= 0;
}

/**
 * Splits the search text into terms: a pasted list (commas, semicolons, line breaks) matches a row
 * matching any of its entries; a single phrase, spaces included, is one term.
 */
export function searchTerms(query: string): string[] {
  return query
    .split(/[,;，；、\r\n]+/)
    .map((term) => term.trim().toLowerCase())
    .filter((term) => term !== "");
}

/** Keeps the rows that pass every filter, in their original order. */
export function applyFilters(
  rows: readonly ResultRow[],
  filters: ResultFilters,
  options: { ignoreStatus?: boolean } = {},
): ResultRow[] {
  const statuses =
    options.ignoreStatus || filters.statuses.length === 0 ? undefined : new Set(filters.statuses);
  const tags = filters.tags.length === 0 ? undefined : new Set(filters.tags);
  const types = filters.tagTypes.length === 0 ? undefined : new Set(filters.tagTypes);
  const terms = searchTerms(filters.query);
  return rows.filter(
    (row) =>
      (!statuses || statuses.has(row.status)) &&
      (!tags || tags.has(row.tagValue)) &&
      (!types || types.has(tagTypeOf(row))) &&
      inRange(row.effective, filters.effective) &&
      inRange(row.expire, filters.expire) &&
      (terms.length === 0 || terms.some((term) => row.haystack.includes(term))),
  );
}

/** Counts rows per status (every status present, zero when none). */
export function countByStatus(rows: readonly ResultRow[]): Record<TagStatus, number> {
  const counts = Object.fromEntries(TAG_STATUSES.map((status) => [status, 0])) as Record<
    TagStatus,
    number
  >;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The distinct tag types among the rows, sorted, "" (no type) last. */
export function tagTypesOf(rows: readonly ResultRow[]): string[] {
  const types = new Set(rows.map(tagTypeOf));
  return [...types].sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b)));
}
