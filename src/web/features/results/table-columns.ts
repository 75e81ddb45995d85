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
  name: "results.col.name",
  type: "results.col.type",
  tag: "results.col.tag",
  effective: "results.col.effective",
  expire: "results.col.expire",
  status: "results.col.status",
};

/** The columns the table can show: the name column only when names are known. */
export function tableColumns(withNames: boolean): TableColumn[] {
  return COLUMN_ORDER.filter((column) => withNames || column !== "name");
}

/** The columns on screen, left to right (pinned first, in the user's order), hidden ones taken out. */
export function visibleColumns(
  withNames: boolean,
  hidden: readonly HideableColumn[],
  layout: ColumnLayout = DEFAULT_LAYOUT,
): TableColumn[] {
  return arrangeColumns(
    tableColumns(withNames).filter((column) => column === "id" || !hidden.includes(column)),
    layout,
  );
}
