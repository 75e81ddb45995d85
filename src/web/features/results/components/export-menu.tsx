import { Button, Menu } from "@mantine/core";
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
} from "@tabler/icons-react";
import { useState } from "react";
import { encodeCsv } from "#shared/csv";
import type { ResultRow } from "#shared/tag-filters";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { downloadBlob, downloadText } from "../../../lib/download.ts";
import { exportFileName } from "../export/export-file-name.ts";
import { exportTable } from "../export/export-table.ts";

type ExportMenuProps = {
  /** Every filtered row in the table's order (all pages). */
  rows: readonly ResultRow[];
  soonMonths: number;
  withNames: boolean;
  scopeLabel: string | undefined;
  now: Date;
  onError: (message: string | undefined) => void;
};

/** Exports the filtered, sorted rows as CSV or XLSX, headers and status in the UI language. */
export function ExportMenu({
  rows,
  soonMonths,
  withNames,
  scopeLabel,
  now,
  onError,
}: ExportMenuProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (format: "csv" | "xlsx") => {
    onError(undefined);
    setBusy(true);
    try {
      const table = exportTable(rows, { t, soonMonths, withNames });
      const filename = exportFileName({ now, scopeLabel, extension: format });
      if (format === "csv") {
        downloadText(filename, encodeCsv(table), "text/csv");
      } else {
        const { writeXlsx } = await import("../export/write-xlsx.ts");
        downloadBlob(filename, await writeXlsx(table, t("results.export.sheet")));
      }
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
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
      <Menu.Dropdown>
        <Menu.Label>{t("results.export.menu", { count: rows.length.toLocaleString() })}</Menu.Label>
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
      </Menu.Dropdown>
    </Menu>
  );
}
