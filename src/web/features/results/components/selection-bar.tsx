import { Button, Group, Text } from "@mantine/core";
import { IconClipboardCopy, IconCopy, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { encodeTsv } from "#domain/csv";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import type { ResultRow } from "#domain/tag-filters";
import { exportTable, tableLines } from "../export/export-table.ts";
import type { TableColumn } from "../table-columns.ts";
import type { Selection } from "../use-selection.ts";

/** Rows as Excel pastes them: the header (unless left out), then one line per row, in `columns`. */
export function rowsTsv(
  rows: readonly ResultRow[],
  columns: readonly TableColumn[],
  t: Translate,
  soonMonths: number,
  header = true,
): string {
  const lines = tableLines(exportTable(rows, { t, soonMonths, columns }));
  return encodeTsv(header ? lines : lines.slice(1));
}

type CopyResult = { kind: "ids" | "table"; count: number } | { kind: "failed" };

/** Writes to the clipboard; the result for the bar to say (browsers may refuse). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

type SelectionBarProps = {
  selection: Selection;
  columns: readonly TableColumn[];
  soonMonths: number;
};

/** What the ticked rows can become: their IDs or a table on the clipboard; Clear unticks them. */
export function SelectionBar({ selection, columns, soonMonths }: SelectionBarProps) {
  const t = useT();
  const [copied, setCopied] = useState<{ of: ReadonlySet<string>; result: CopyResult }>();
  const rows = selection.rows;
  const result = copied?.of === selection.ids ? copied.result : undefined;
  const copy = async (kind: "ids" | "table") => {
    const text =
      kind === "ids" ? rows.map((row) => row.tag.customer_id).join("\n") : rowsTsv(rows, columns, t, soonMonths);
    const ok = await copyToClipboard(text);
    setCopied({ of: selection.ids, result: ok ? { kind, count: rows.length } : { kind: "failed" } });
  };
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {t("results.select.count", { count: rows.length })}
      </Text>
      <Button size="compact-sm" variant="default" leftSection={<IconCopy size={14} aria-hidden />} onClick={() => void copy("ids")}>
        {t("results.select.copyIds")}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconClipboardCopy size={14} aria-hidden />}
        onClick={() => void copy("table")}
      >
        {t("results.select.copyTable")}
      </Button>
      <Button size="compact-sm" variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={selection.clear}>
        {t("results.select.clear")}
      </Button>
      <Text size="xs" c={result?.kind === "failed" ? "red.8" : "dimmed"} aria-live="polite">
        {result === undefined
          ? t("results.select.hint")
          : result.kind === "failed"
            ? t("results.select.copyFailed")
            : result.kind === "ids"
              ? t("results.select.copiedIds", { count: result.count })
              : t("results.select.copiedTable", { count: result.count })}
      </Text>
    </Group>
  );
}
