import { Button, Menu } from "@mantine/core";
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
} from "@tabler/icons-react";
import { memo, useState } from "react";
import { encodeCsv } from "#domain/csv";
import type { ResultsView } from "#domain/results-view";
import type { ColumnLayout } from "#domain/column-layout";
import type { ResellerName, ResultRow } from "#domain/tag-filters";
import { useLocale, useT } from "../../../lib/i18n/i18n-context.ts";
import { downloadBlob, downloadText } from "../../../lib/download.ts";
import { exportFileName } from "../../../lib/export-file-name.ts";
import { reportExport } from "../api/report-export.ts";
import { aboutExport } from "../export/export-about.ts";
import { exportTable, tableLines } from "../export/export-table.ts";
import { COLUMN_LABELS, tableColumns, visibleColumns } from "../table-columns.ts";

type ExportMenuProps = {
  /** Every filtered row in the table's order (all pages). */
  rows: readonly ResultRow[];
  /** Customers in the results before filtering. */
  totalCount: number;
  view: ResultsView;
  withNames: boolean;
  /** The rows span scopes: the Reseller column can show. */
  withResellers?: boolean;
  /** Names a reseller of the reseller filter, for the workbook's About sheet. */
  resellerName?: ResellerName | undefined;
  /**
   * Whose customers: in words for the workbook, the reseller's label for file names, and for the
   * audit log the reseller's ID, `own` or `all`.
   */
  scope: { text: string; fileLabel: string | undefined; audit: string };
  /** The current month the statuses were derived with. */
  month: string;
  now: Date;
  /** Browse mode with only some pages loaded: the rows loaded so far. */
  loadedOnly?: number;
  /** The ticked rows, in the table's order: offered as an export of their own. */
  selected?: readonly ResultRow[];
  /** The table's column order and pins: the file has the columns in the order on screen. */
  layout?: ColumnLayout;
  onError: (message: string | undefined) => void;
};

/**
 * Exports the filtered, sorted rows as CSV or XLSX with the columns on screen, in their order,
 * headers and status in the UI language.
 */
function ExportMenuView({
  rows,
  totalCount,
  view,
  withNames,
  withResellers = false,
  resellerName,
  scope,
  month,
  now,
  loadedOnly,
  selected = NONE,
  layout,
  onError,
}: ExportMenuProps) {
  const t = useT();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const { soonMonths } = view;
  const columns = visibleColumns(withNames, view.hidden, layout, withResellers);
  const hiddenCount = tableColumns(withNames, withResellers).length - columns.length;
  const run = async (format: "csv" | "xlsx", only?: readonly ResultRow[]) => {
    onError(undefined);
    setBusy(true);
    try {
      const exported = only ?? rows;
      const table = exportTable(exported, { t, soonMonths, columns });
      const filename = exportFileName({ now, scopeLabel: scope.fileLabel, extension: format });
      if (format === "csv") {
        downloadText(filename, encodeCsv(tableLines(table)), "text/csv");
      } else {
        const { writeXlsx } = await import("../export/write-xlsx.ts");
        const about = aboutExport({
          t,
          locale,
          scope: scope.text,
          rowCount: exported.length,
          selected: only !== undefined,
          totalCount,
          loadedOnly,
          columns: table.header,
          filters: view.filters,
          resellerName,
          sort: view.sort,
          soonMonths,
          month,
          generatedAt: new Date(),
        });
        const workbook = await writeXlsx({
          table,
          sheet: t("results.export.sheet"),
          about: { sheet: t("results.about.sheet"), lines: about },
        });
        downloadBlob(filename, workbook);
      }
      reportExport({ format, rows: exported.length, scope: scope.audit, selected: only !== undefined });
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const columnList = new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" }).format(
    columns.map((column) => t(COLUMN_LABELS[column])),
  );
  return (
    <Menu position="bottom-end" shadow="md" withArrow>
      <Menu.Target>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={busy}
          disabled={rows.length === 0}
        >
          {t("results.export.button")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={340}>
        <Menu.Label fw={600}>
          {t("results.export.menu", { count: rows.length })}
        </Menu.Label>
        <Menu.Label>
          {t("results.export.columns", { columns: columnList })}
          {hiddenCount > 0 && ` ${t("results.export.hiddenLeftOut")}`}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconFileTypeCsv size={16} aria-hidden />}
          onClick={() => void run("csv")}
        >
          {t("results.export.csv")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void run("xlsx")}
        >
          {t("results.export.xlsx")}
        </Menu.Item>
        <Menu.Label>{t("results.export.xlsxExtras")}</Menu.Label>
        {selected.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label fw={600}>{t("results.export.selected", { count: selected.length })}</Menu.Label>
            <Menu.Item
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
              onClick={() => void run("csv", selected)}
            >
              {t("results.export.selectedCsv")}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              onClick={() => void run("xlsx", selected)}
            >
              {t("results.export.selectedXlsx")}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

const NONE: readonly ResultRow[] = [];

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const ExportMenu = memo(ExportMenuView);
