// Filtering of the results workspace, as plain functions so the table, the exports and the
// benchmarks all narrow rows the same way.
import type { NewCustomerTag } from "../contract/huawei-api.ts";
import {
  TAG_STATUSES,
  monthKeyOf,
  statusOfKeys,
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

/**
 * A tag row as the workspace takes it. Rows of several scopes at once (the portfolio) say whose
 * customer each is: the reseller's ID, or null for the partner's own.
 */
export type TagRow = NewCustomerTag & { indirect_partner_id?: string | null };

/** A row's key among rows of several scopes, where one customer may show twice (moved to another reseller). */
export function rowKey(row: ResultRow): string {
  const reseller = row.tag.indirect_partner_id;
  return reseller ? `${reseller}/${row.tag.customer_id}` : row.tag.customer_id;
}

/** Names a row's reseller (null: the partner's own customers) for the Reseller column. */
export type ResellerName = (resellerId: string | null) => string;

/** A tag row with what the workspace derives from it once, not on every filter change. */
export type ResultRow = {
  tag: TagRow;
  status: TagStatus;
  tagValue: TagValue;
  /** The tag's months as "YYYY-MM", undefined when absent or unreadable. */
  effective: string | undefined;
  expire: string | undefined;
  /** The same months as month numbers (`monthKeyOf`), -1 when absent: filters and sorts compare these. */
  effectiveKey: number;
  expireKey: number;
  name: string | undefined;
  accountName: string | undefined;
  /** The row's reseller in words, when the rows span scopes (`resellerName` given). */
  reseller: string | undefined;
};

// The filters' shape lives with the view's URL format, which the first screen reads without
// loading the filtering itself.
import { NO_FILTERS, type MonthRange, type ResultFilters } from "./results-view.ts";
export { NO_FILTERS, type MonthRange, type ResultFilters };

// The "YYYY-MM" of a field whose month number is `key`: the field itself when it is exactly that,
// so 100,000 rows do not allocate 200,000 strings.
function monthText(field: string | null | undefined, key: number): string | undefined {
  if (key < 0 || !field) return undefined;
  return field.length === 7 ? field : field.trim().slice(0, 7);
}

/**
 * Derives status and months of each row for the given month and names (and resellers, for rows
 * of several scopes). One cheap pass (month fields parsed once into integers, no string
 * sorting): the table's first rows wait for it.
 */
export function toResultRows(
  rows: readonly TagRow[],
  context: StatusContext,
  names?: CustomerNames,
  resellerName?: ResellerName,
): ResultRow[] {
  const now = monthKeyOf(context.month);
  const { soonMonths } = context;
  const out: ResultRow[] = [];
  for (const tag of rows) {
    const known = names?.get(tag.customer_id);
    const tagValue = tagValueOf(tag.new_customer_tag);
    const effectiveKey = monthKeyOf(tag.effective_time);
    const expireKey = monthKeyOf(tag.expire_time);
    out.push({
      tag,
      status: statusOfKeys(tagValue, effectiveKey, expireKey, now, soonMonths),
      tagValue,
      effective: monthText(tag.effective_time, effectiveKey),
      expire: monthText(tag.expire_time, expireKey),
      effectiveKey,
      expireKey,
      name: known?.name?.trim() || undefined,
      accountName: known?.accountName?.trim() || undefined,
      reseller: resellerName?.(tag.indirect_partner_id ?? null),
    });
  }
  return out;
}

// Lower-cased ID and names for the search box, made on the first search rather than for every
// row up front (most views never search).
const searchTexts = new WeakMap<ResultRow, string>();
function searchTextOf(row: ResultRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = [row.tag.customer_id, row.name, row.accountName].filter(Boolean).join("\n").toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** The tag type of a row as the filter sees it: trimmed, "" when absent. */
export function tagTypeOf(row: ResultRow): string {
  return row.tag.customer_tag_type?.trim() ?? "";
}

/** Whose customer a row is, as the reseller filter names it: the reseller's ID, "" for the partner's own. */
export function resellerKeyOf(row: ResultRow): string {
  return row.tag.indirect_partner_id ?? "";
}

/** Tells whether any filter is set. */
export function hasFilters(filters: ResultFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    filters.tags.length > 0 ||
    filters.tagTypes.length > 0 ||
    filters.resellers.length > 0 ||
    isRangeSet(filters.effective) ||
    isRangeSet(filters.expire) ||
    filters.query.trim() !== ""
  );
}

function isRangeSet(range: MonthRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

// A range as inclusive month numbers; an open end is unbounded. A set range drops rows without
// that month (-1): "expires before March" cannot be true of a row that has no expire month.
function keyRange(range: MonthRange): { from: number; to: number } | undefined {
  if (!isRangeSet(range)) return undefined;
  const from = range.from === undefined ? 0 : monthKeyOf(range.from);
  const to = range.to === undefined ? Number.MAX_SAFE_INTEGER : monthKeyOf(range.to);
  return { from: Math.max(from, 0), to };
}

function inRange(month: number, range: { from: number; to: number } | undefined): boolean {
  return range === undefined || (month >= range.from && month <= range.to);
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
  const resellers = filters.resellers.length === 0 ? undefined : new Set(filters.resellers);
  const terms = searchTerms(filters.query);
  const effective = keyRange(filters.effective);
  const expire = keyRange(filters.expire);
  return rows.filter(
    (row) =>
      (!statuses || statuses.has(row.status)) &&
      (!tags || tags.has(row.tagValue)) &&
      (!types || types.has(tagTypeOf(row))) &&
      (!resellers || resellers.has(resellerKeyOf(row))) &&
      inRange(row.effectiveKey, effective) &&
      inRange(row.expireKey, expire) &&
      (terms.length === 0 || terms.some((term) => searchTextOf(row).includes(term))),
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
