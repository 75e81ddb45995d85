import type { ResultRow } from "#shared/tag-filters";
import type { Translate } from "../../../app/i18n/i18n-context.ts";
import { statusText } from "../status-text.ts";

export type ExportOptions = {
  t: Translate;
  soonMonths: number;
  /** Adds the name columns (only when names were fetched). */
  withNames: boolean;
};

/**
 * The rows to export as a table of text, header first, in the UI language. Every column is
 * exported whatever the table shows: a file handed on should not depend on someone's view. The
 * tag and months stay as Huawei wrote them, so the file can be checked against Huawei's data.
 */
export function exportTable(
  rows: readonly ResultRow[],
  { t, soonMonths, withNames }: ExportOptions,
): string[][] {
  const header = [
    t("results.col.id"),
    ...(withNames ? [t("results.col.name"), t("results.col.accountName")] : []),
    t("results.col.type"),
    t("results.col.tag"),
    t("results.col.effective"),
    t("results.col.expire"),
    t("results.col.status"),
  ];
  const statusLabels = new Map<string, string>();
  const label = (status: ResultRow["status"]) => {
    let text = statusLabels.get(status);
    if (text === undefined) statusLabels.set(status, (text = statusText(t, status, soonMonths)));
    return text;
  };
  const body = rows.map((row) => [
    row.tag.customer_id,
    ...(withNames ? [row.name ?? "", row.accountName ?? ""] : []),
    row.tag.customer_tag_type ?? "",
    row.tag.new_customer_tag ?? "",
    row.tag.effective_time ?? "",
    row.tag.expire_time ?? "",
    label(row.status),
  ]);
  return [header, ...body];
}
