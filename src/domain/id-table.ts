import { type IdEntry, cleanValue, toHalfWidth, validateId } from "./customer-ids.ts";

/** How the ID column was chosen, so the user can check the guess. */
export type ColumnChoice =
  | { by: "header"; column: number; header: string }
  | { by: "values"; column: number; header?: string; share: number }
  | { by: "single"; column: number };

export type IdTableResult =
  | {
      ok: true;
      /** Cells of the ID column below the header, with their 1-based row numbers. */
      entries: IdEntry[];
      choice: ColumnChoice;
      /** Rows in the table, the header row included. */
      rows: number;
    }
  | { ok: false; reason: "empty" | "noIdColumn"; rows: number };

// Header names compared after lower-casing and dropping spaces, "_", "-" and "." so that
// "Customer ID", "customer_id", "CustomerId" and "客户 ID" all match.
const ID_HEADERS = new Set([
  "customerid",
  "custid",
  "客户id",
  "客户编号",
  "客户账号id",
  "客户帐号id",
  "用户id",
  "账号id",
  "帐号id",
]);
// A lone "ID" column is taken only when no better-named one exists.
const WEAK_HEADERS = new Set(["id", "编号"]);

const HUAWEI_ID = /^[0-9a-f]{32}$/i;
// Enough rows to judge a column without reading a 100,000-row file twice.
const SAMPLE_ROWS = 2000;
const MIN_SHARE = 0.5;

function normalizeHeader(cell: string): string {
  return cleanValue(cell)
    .toLowerCase()
    .replace(/[\s_\-.\u3000]/g, "");
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell : String(cell);
}

function headerColumn(header: readonly unknown[], names: Set<string>): number {
  return header.findIndex((cell) => names.has(normalizeHeader(cellText(cell))));
}

function columnEntries(
  rows: readonly (readonly unknown[])[],
  column: number,
  from: number,
): IdEntry[] {
  const entries: IdEntry[] = [];
  for (let index = from; index < rows.length; index++) {
    const value = cleanValue(cellText(rows[index]![column]));
    if (value) entries.push({ value, line: index + 1 });
  }
  return entries;
}

function widthOf(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (let index = 0; index < Math.min(rows.length, SAMPLE_ROWS); index++) {
    width = Math.max(width, rows[index]!.length);
  }
  return width;
}

// Share of the non-empty cells (header row excluded) that look like Huawei's 32-hex IDs.
function hexShare(rows: readonly (readonly unknown[])[], column: number, from: number): number {
  let filled = 0;
  let hex = 0;
  for (let index = from; index < Math.min(rows.length, from + SAMPLE_ROWS); index++) {
    const value = cleanValue(cellText(rows[index]![column]));
    if (!value) continue;
    filled += 1;
    // IDs typed in full-width still make an ID column; collectIds folds them later.
    if (HUAWEI_ID.test(toHalfWidth(value))) hex += 1;
  }
  return filled === 0 ? 0 : hex / filled;
}

/**
 * Finds the customer-ID column of a table (CSV rows or a sheet): by its header name in English
 * or Chinese, else by the column whose values mostly look like Huawei's IDs, else the only column.
 */
export function findIdColumn(rows: readonly (readonly unknown[])[]): IdTableResult {
  // Blank rows above the header (a title left empty, Excel's leading rows) are skipped.
  const top = rows.findIndex((row) => row.some((cell) => cleanValue(cellText(cell)) !== ""));
  if (top < 0) return { ok: false, reason: "empty", rows: rows.length };
  const header = rows[top]!;
  const done = (choice: ColumnChoice, from: number): IdTableResult => ({
    ok: true,
    entries: columnEntries(rows, choice.column, from),
    choice,
    rows: rows.length,
  });
  const named = (column: number): ColumnChoice => ({
    by: "header",
    column,
    header: cleanValue(cellText(header[column])),
  });

  const byName = headerColumn(header, ID_HEADERS);
  if (byName >= 0) return done(named(byName), top + 1);

  const width = widthOf(rows);
  let best = -1;
  let bestShare = 0;
  for (let column = 0; column < width; column++) {
    const share = hexShare(rows, column, top + 1);
    if (share > bestShare) {
      best = column;
      bestShare = share;
    }
  }
  if (best >= 0 && bestShare >= MIN_SHARE) {
    const first = cleanValue(cellText(header[best]));
    // The first row is a header unless it looks like an ID itself.
    const hasHeader = !HUAWEI_ID.test(toHalfWidth(first));
    const choice: ColumnChoice = { by: "values", column: best, share: bestShare };
    if (hasHeader && first) choice.header = first;
    return done(choice, hasHeader ? top + 1 : top);
  }

  const byWeakName = headerColumn(header, WEAK_HEADERS);
  if (byWeakName >= 0) return done(named(byWeakName), top + 1);

  // A plain list in one column (IDs that are not 32-hex): taken when most values are valid IDs.
  if (width === 1) {
    const entries = columnEntries(rows, 0, top);
    const valid = entries.filter(
      (entry) => validateId(toHalfWidth(entry.value)) === undefined,
    ).length;
    if (valid / entries.length >= MIN_SHARE) {
      return { ok: true, entries, choice: { by: "single", column: 0 }, rows: rows.length };
    }
  }
  return { ok: false, reason: "noIdColumn", rows: rows.length };
}
