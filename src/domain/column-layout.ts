// The results table's column layout: the order of the columns, which ones are pinned to the left
// (they stay in view when the table scrolls sideways) and the widths the user dragged. Kept in the
// view URL as one parameter (`cols=id!:240,status,tag:120,…`: `!` pins, `:N` is a width in pixels)
// and, as the user's own default, in the browser.
import { SORT_COLUMNS, type SortColumn } from "./results-view.ts";

export type ColumnLayout = {
  /** Every column, left to right. */
  order: readonly SortColumn[];
  /** Pinned columns (shown first, in `order`'s order). */
  pinned: readonly SortColumn[];
  /** Widths in pixels of the columns the user resized. */
  widths: Readonly<Partial<Record<SortColumn, number>>>;
};

export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 640;

// Columns only some tables have: the reseller, when the rows span every scope. A layout names one
// once the user has moved it; until then it stands in its natural place wherever it shows, so
// links and layouts saved before it existed mean what they meant.
const OPTIONAL_COLUMNS: readonly SortColumn[] = ["reseller"];
const BASE_COLUMNS = SORT_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column));

/** The natural order, the customer ID pinned, no widths. */
export const DEFAULT_LAYOUT: ColumnLayout = { order: BASE_COLUMNS, pinned: ["id"], widths: {} };

// `order` with each of `columns` it lacks put back after the column it naturally follows.
function withNaturalPlaces(order: readonly SortColumn[], columns: readonly SortColumn[]): SortColumn[] {
  const out = [...order];
  SORT_COLUMNS.forEach((column, index) => {
    if (out.includes(column) || !columns.includes(column)) return;
    const before = SORT_COLUMNS.slice(0, index).findLast((c) => out.includes(c));
    out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, column);
  });
  return out;
}

const ITEM = /^([a-z]+)(!?)(?::(\d{1,4}))?$/;

/** Reads the URL text; unknown columns are dropped and missing ones keep their natural place. */
export function readLayout(raw: string | undefined): ColumnLayout {
  if (!raw) return DEFAULT_LAYOUT;
  const order: SortColumn[] = [];
  const pinned: SortColumn[] = [];
  const widths: Partial<Record<SortColumn, number>> = {};
  for (const item of raw.split(",")) {
    const match = ITEM.exec(item.trim());
    const column = match?.[1] as SortColumn | undefined;
    if (!match || !column || !SORT_COLUMNS.includes(column) || order.includes(column)) continue;
    order.push(column);
    if (match[2]) pinned.push(column);
    if (match[3]) widths[column] = clampWidth(Number(match[3]));
  }
  // A column the link does not name goes back after the column it naturally follows.
  return { order: withNaturalPlaces(order, BASE_COLUMNS), pinned, widths };
}

/** The URL text; undefined for the default layout (the parameter is left out). */
export function writeLayout(layout: ColumnLayout): string | undefined {
  if (isDefaultLayout(layout)) return undefined;
  return layout.order
    .map((column) => `${column}${layout.pinned.includes(column) ? "!" : ""}${layout.widths[column] ? `:${layout.widths[column]}` : ""}`)
    .join(",");
}

export function isDefaultLayout(layout: ColumnLayout): boolean {
  return (
    withNaturalPlaces(layout.order, SORT_COLUMNS).every((column, index) => column === SORT_COLUMNS[index]) &&
    layout.pinned.length === 1 &&
    layout.pinned[0] === "id" &&
    Object.keys(layout.widths).length === 0
  );
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** Moves a column one place left (-1) or right (+1) among `visible`, the columns on screen. */
export function moveColumn(
  layout: ColumnLayout,
  column: SortColumn,
  step: -1 | 1,
  visible: readonly SortColumn[],
): ColumnLayout {
  const at = visible.indexOf(column);
  const neighbour = visible[at + step];
  if (at < 0 || neighbour === undefined) return layout;
  const order = withNaturalPlaces(layout.order, visible);
  const a = order.indexOf(column);
  const b = order.indexOf(neighbour);
  [order[a], order[b]] = [order[b]!, order[a]!];
  return { ...layout, order };
}

/** Pins or unpins a column. */
export function togglePin(layout: ColumnLayout, column: SortColumn): ColumnLayout {
  const pinned = layout.pinned.includes(column)
    ? layout.pinned.filter((c) => c !== column)
    : [...layout.pinned, column];
  return { ...layout, pinned };
}

/** The columns shown, left to right: the pinned ones first, then the rest, each in `order`. */
export function arrangeColumns(columns: readonly SortColumn[], layout: ColumnLayout): SortColumn[] {
  const shown = withNaturalPlaces(layout.order, columns).filter((column) => columns.includes(column));
  return [...shown.filter((c) => layout.pinned.includes(c)), ...shown.filter((c) => !layout.pinned.includes(c))];
}
