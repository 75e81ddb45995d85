import type { HideableColumn } from "#domain/results-view";
import { arrangeColumns, type ColumnLayout, DEFAULT_LAYOUT } from "#domain/column-layout";
import type { SortColumn } from "#domain/tag-sort";
import type { MessageKey } from "../../lib/i18n/catalog.ts";

/** A column of the results table (every column sorts, so the sort's names are the columns'). */
export type TableColumn = SortColumn;

// The table's columns from left to right. The table and the exports both read this list, so a
// file always has the columns the user sees, in the order they see them.
const COLUMN_ORDER: readonly TableColumn[] = [
  "id",
  "reseller",
  "name",
  "type",
  "tag",
  "effective",
  "expire",
  "status",
];

/** Each column's header, in the table and in the exports. */
export const COLUMN_LABELS: Record<TableColumn, MessageKey> = {
  id: "results.col.id",
  reseller: "results.col.reseller",
  name: "results.col.name",
  type: "results.col.type",
  tag: "results.col.tag",
  effective: "results.col.effective",
  expire: "results.col.expire",
  status: "results.col.status",
};

/**
 * The columns the table can show: the name column only when names are known, the reseller
 * column only when the rows span scopes (each row then names its reseller).
 */
export function tableColumns(withNames: boolean, withResellers = false): TableColumn[] {
  return COLUMN_ORDER.filter(
    (column) => (withNames || column !== "name") && (withResellers || column !== "reseller"),
  );
}

/** The columns on screen, left to right (pinned first, in the user's order), hidden ones taken out. */
export function visibleColumns(
  withNames: boolean,
  hidden: readonly HideableColumn[],
  layout: ColumnLayout = DEFAULT_LAYOUT,
  withResellers = false,
): TableColumn[] {
  return arrangeColumns(
    tableColumns(withNames, withResellers).filter(
      (column) => column === "id" || !hidden.includes(column),
    ),
    layout,
  );
}

// The table's least width: below it, the table scrolls sideways instead of squeezing its text.
const BASE_WIDTH = 780;
const EXTRA_WIDTH: Partial<Record<TableColumn, number>> = { name: 200, reseller: 180 };

/** The table's minimum width for the columns it shows. */
export function tableMinWidth(columns: readonly TableColumn[]): number {
  return columns.reduce((width, column) => width + (EXTRA_WIDTH[column] ?? 0), BASE_WIDTH);
}
