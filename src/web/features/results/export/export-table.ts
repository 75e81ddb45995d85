import type { ResultRow } from "#domain/tag-filters";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import { STATUS_LOOKS, type Tone } from "../status-look.ts";
import { statusText } from "../status-text.ts";
import type { TableColumn } from "../table-columns.ts";

export type ExportOptions = {
  t: Translate;
  soonMonths: number;
  /** The columns on screen, left to right (`visibleColumns`). */
  columns: readonly TableColumn[];
};

/** The rows to export as text in the UI language, each with the highlight it has on screen. */
export type ExportTable = {
  header: string[];
  rows: { cells: string[]; tone: Tone }[];
};

type Cells = (row: ResultRow) => string[];

/**
 * The rows to export, header first, in the UI language: the columns the user sees, in their order,
 * so the file matches the screen it was taken from. The name column becomes two (name, account
 * name), as the table shows both. The tag and months stay as Huawei wrote them, so the file can be
 * checked against Huawei's data.
 */
export function exportTable(
  rows: readonly ResultRow[],
  { t, soonMonths, columns }: ExportOptions,
): ExportTable {
  const statusLabels = new Map<string, string>();
  const label = (status: ResultRow["status"]) => {
    let text = statusLabels.get(status);
    if (text === undefined) statusLabels.set(status, (text = statusText(t, status, soonMonths)));
    return text;
  };
  const parts: Record<TableColumn, { header: string[]; cells: Cells }> = {
    id: { header: [t("results.col.id")], cells: (row) => [row.tag.customer_id] },
    reseller: { header: [t("results.col.reseller")], cells: (row) => [row.reseller ?? ""] },
    name: {
      header: [t("results.col.name"), t("results.col.accountName")],
      cells: (row) => [row.name ?? "", row.accountName ?? ""],
    },
    type: { header: [t("results.col.type")], cells: (row) => [row.tag.customer_tag_type ?? ""] },
    tag: { header: [t("results.col.tag")], cells: (row) => [row.tag.new_customer_tag ?? ""] },
    effective: {
      header: [t("results.col.effective")],
      cells: (row) => [row.tag.effective_time ?? ""],
    },
    expire: { header: [t("results.col.expire")], cells: (row) => [row.tag.expire_time ?? ""] },
    status: { header: [t("results.col.status")], cells: (row) => [label(row.status)] },
  };
  const chosen = columns.map((column) => parts[column]);
  return {
    header: chosen.flatMap((part) => part.header),
    rows: rows.map((row) => ({
      cells: chosen.flatMap((part) => part.cells(row)),
      tone: STATUS_LOOKS[row.status].tone,
    })),
  };
}

/** The table as lines of text, header first (what a CSV holds). */
export function tableLines(table: ExportTable): string[][] {
  return [table.header, ...table.rows.map((row) => row.cells)];
}
