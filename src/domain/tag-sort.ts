// Sorting of the results workspace. One column at a time; rows without a value sort last in both
// directions (a blank is never the "smallest expiry"), and ties fall back to the customer ID so
// the order, and therefore every page and export, is reproducible.
import type { ResultRow } from "./tag-filters.ts";
import { TAG_STATUSES, TAG_VALUES } from "./tag-status.ts";

import { SORT_COLUMNS, type SortColumn, type SortState } from "./results-view.ts";
export { SORT_COLUMNS, type SortColumn, type SortState };

const STATUS_RANK = new Map(TAG_STATUSES.map((status, index) => [status, index]));
const TAG_RANK = new Map(TAG_VALUES.map((value, index) => [value, index]));
// Pinyin order for Chinese names, created once: a collator per comparison would be far slower.
const collator = new Intl.Collator(["zh-CN", "en"], { numeric: true, sensitivity: "base" });

// An order-preserving number from an ID's first `chars` characters, below 129^chars: ASCII
// characters count 1..128, the end of the ID 0; a character beyond ASCII counts 128 and ends the
// number (what follows it cannot be told apart any more). a < b as strings implies
// idKey(a) <= idKey(b), so the full IDs need comparing only when the numbers are equal.
function idKey(id: string, chars: number): number {
  let key = 0;
  let open = true;
  for (let i = 0; i < chars; i++) {
    const code = open && i < id.length ? id.charCodeAt(i) : -1;
    if (code >= 127) open = false;
    key = key * 129 + Math.min(code, 127) + 1;
  }
  return key;
}

// The column's value as a number (blank: undefined), for every column but the two of free text.
function numericKey(row: ResultRow, column: SortColumn): number | undefined {
  switch (column) {
    case "tag":
      return TAG_RANK.get(row.tagValue);
    case "effective":
      return row.effectiveKey < 0 ? undefined : row.effectiveKey;
    case "expire":
      return row.expireKey < 0 ? undefined : row.expireKey;
    case "status":
      return STATUS_RANK.get(row.status);
    default:
      return undefined;
  }
}

type TextColumn = "name" | "type" | "reseller";
const isTextColumn = (column: SortColumn): column is TextColumn =>
  column === "name" || column === "type" || column === "reseller";

function textKey(row: ResultRow, column: TextColumn): string | undefined {
  if (column === "name") return row.name ?? row.accountName;
  if (column === "reseller") return row.reseller;
  return row.tag.customer_tag_type?.trim() || undefined;
}

/**
 * Returns a new array of the rows sorted by `sort` (the input order when unsorted).
 *
 * Numbers, not comparisons: each row's column value (a month number or a rank), a number from its
 * ID's first characters and its position are packed into one exact double, and a Float64Array
 * sorts those natively, without a comparator call per pair. Only rows with the same value whose
 * IDs share that prefix are then ordered by the full ID.
 * Free-text columns (names, tag types, resellers), and sizes the packing cannot hold, compare
 * row by row.
 */
export function sortRows(rows: readonly ResultRow[], sort: SortState): ResultRow[] {
  if (!sort) return rows.slice();
  const { column, desc } = sort;
  if (isTextColumn(column)) return compareSort(rows, column, desc);
  const n = rows.length;
  const width = n + 1;
  const values = new Float64Array(n);
  let span = 1;
  if (column !== "id") {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const key = numericKey(rows[i]!, column) ?? NaN;
      values[i] = key;
      if (key < min) min = key;
      if (key > max) max = key;
    }
    // 0..max-min for values (reversed when descending), then one slot after them for blanks.
    span = max >= min ? max - min + 2 : 1;
    for (let i = 0; i < n; i++) {
      const key = values[i]!;
      values[i] = Number.isNaN(key) ? span - 1 : desc ? max - key : key - min;
    }
  }
  // As many ID characters as the 53 bits of a double leave room for.
  let chars = 7;
  while (chars > 0 && span * 129 ** chars * width > Number.MAX_SAFE_INTEGER) chars--;
  if (chars === 0) return compareSort(rows, column, desc);
  const idSpan = 129 ** chars;
  const idDesc = column === "id" && desc;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = idKey(rows[i]!.tag.customer_id, chars);
    packed[i] = (values[i]! * idSpan + (idDesc ? idSpan - 1 - key : key)) * width + i;
  }
  packed.sort();
  const out: ResultRow[] = [];
  for (let i = 0; i < n; i++) out.push(rows[packed[i]! % width]!);
  // Rows with the same value and ID prefix: order them by the whole ID (then position, kept).
  for (let start = 0; start < n; ) {
    const group = Math.floor(packed[start]! / width);
    let end = start + 1;
    while (end < n && Math.floor(packed[end]! / width) === group) end++;
    if (end - start > 1) {
      const run = out.slice(start, end).sort((a, b) => {
        const x = a.tag.customer_id;
        const y = b.tag.customer_id;
        return (x < y ? -1 : x > y ? 1 : 0) * (idDesc ? -1 : 1);
      });
      for (let i = start; i < end; i++) out[i] = run[i - start]!;
    }
    start = end;
  }
  return out;
}

// Row-by-row comparison with the same order as `sortRows`: free text, and very large lists.
function compareSort(rows: readonly ResultRow[], column: SortColumn, desc: boolean): ResultRow[] {
  const sign = desc ? -1 : 1;
  const n = rows.length;
  const ids = new Float64Array(n);
  for (let i = 0; i < n; i++) ids[i] = idKey(rows[i]!.tag.customer_id, 7);
  const byId = (a: number, b: number) => {
    const order = ids[a]! - ids[b]!;
    if (order !== 0) return order;
    const x = rows[a]!.tag.customer_id;
    const y = rows[b]!.tag.customer_id;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  let compare: (a: number, b: number) => number;
  if (column === "id") {
    compare = (a, b) => sign * byId(a, b) || a - b;
  } else if (isTextColumn(column)) {
    const keys = rows.map((row) => textKey(row, column));
    compare = (a, b) => {
      const x = keys[a];
      const y = keys[b];
      if (x !== y) {
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        // Names of people and companies in pinyin order; tag types are codes.
        const order = column === "type" ? (x < y ? -1 : 1) : collator.compare(x, y);
        if (order !== 0) return sign * order;
      }
      return byId(a, b) || a - b;
    };
  } else {
    // Blanks last in both directions: +Infinity after the sign is applied.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const key = numericKey(rows[i]!, column);
      keys[i] = key === undefined ? Infinity : sign * key;
    }
    compare = (a, b) => keys[a]! - keys[b]! || byId(a, b) || a - b;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(compare);
  return order.map((i) => rows[i]!);
}
