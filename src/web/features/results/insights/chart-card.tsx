import { ActionIcon, Card, Group, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { useComputedColorScheme } from "@mantine/core";
import { IconFileTypeCsv, IconPhoto } from "@tabler/icons-react";
import { type ReactNode, useId, useRef, useState } from "react";
import { encodeCsv } from "#domain/csv";
import { downloadBlob, downloadText } from "../../../lib/download.ts";
import { exportFileName } from "../../../lib/export-file-name.ts";
import { useLocale, useT } from "../../../lib/i18n/i18n-context.ts";
import { chartPng } from "./chart-image.ts";
import { ChoiceButtons } from "./choice-buttons.tsx";
import classes from "./insights.module.css";

/** One line of a chart's data: its label, one figure per column, and what picking it filters. */
export type InsightTableRow = {
  key: string;
  label: string;
  values: readonly number[];
  /** Whether the table is filtered to this line now. */
  picked?: boolean;
  /** Sets (or takes back) the table filter this line stands for. */
  onPick?: () => void;
};

/** A chart's figures as a table: what the Table view shows and the CSV holds. */
export type InsightTable = {
  /** The first column's heading, then one per figure. */
  header: readonly string[];
  rows: readonly InsightTableRow[];
  /** A last line adding the columns up. */
  totals?: { label: string; values: readonly number[] };
};

type ChartCardProps = {
  title: string;
  /** A line under the title: what is counted. */
  description?: string;
  /** Controls beside the view switch (e.g. what the bars are stacked by). */
  controls?: ReactNode;
  table: InsightTable;
  /** The file name's subject, e.g. `expiry-calendar`. */
  fileSubject: string;
  /** Whose customers, for the file name (as the exports name it; undefined: the partner's own). */
  fileLabel?: string;
  /** Whether the chart has a picture to download (the reseller table has none). */
  withChart?: boolean;
  children?: ReactNode;
};

/**
 * A chart with its text alternative: a Chart / Table switch, the data table (each line a button
 * that filters the results like clicking the chart), and downloads of the picture (PNG) and of
 * the figures (CSV).
 */
export function ChartCard({ title, description, controls, table, fileSubject, fileLabel, withChart = true, children }: ChartCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const scheme = useComputedColorScheme("light");
  const [view, setView] = useState<"chart" | "table">(withChart ? "chart" : "table");
  const chartBox = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string>();
  const number = new Intl.NumberFormat(locale);

  const downloadCsv = () => {
    const lines = [
      [...table.header],
      ...table.rows.map((row) => [row.label, ...row.values.map(String)]),
      ...(table.totals ? [[table.totals.label, ...table.totals.values.map(String)]] : []),
    ];
    downloadText(exportFileName({ now: new Date(), subject: fileSubject, scopeLabel: fileLabel, extension: "csv" }), encodeCsv(lines), "text/csv");
  };
  const downloadPng = async () => {
    setFailed(undefined);
    const svg = chartBox.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return setFailed(t("results.insights.pngUnavailable"));
    try {
      const background = scheme === "dark" ? "#242424" : "#ffffff";
      downloadBlob(exportFileName({ now: new Date(), subject: fileSubject, scopeLabel: fileLabel, extension: "png" }), await chartPng(svg, background));
    } catch (error) {
      setFailed(t("results.insights.pngFailed", { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <Card withBorder radius="md" padding="sm" component="figure" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div className={classes.heading}>
            <Title order={3} size="h6" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          <Group gap={6} wrap="nowrap">
            {controls}
            {withChart && (
              <ChoiceButtons
                label={t("results.insights.viewLabel", { title })}
                value={view}
                onChange={setView}
                options={[
                  { value: "chart", label: t("results.insights.viewChart") },
                  { value: "table", label: t("results.insights.viewTable") },
                ]}
              />
            )}
            {withChart && (
              <ActionIcon
                variant="default"
                disabled={view !== "chart"}
                aria-label={t("results.insights.png", { title })}
                title={t("results.insights.png", { title })}
                onClick={() => void downloadPng()}
              >
                <IconPhoto size={16} aria-hidden />
              </ActionIcon>
            )}
            <ActionIcon
              variant="default"
              aria-label={t("results.insights.csv", { title })}
              title={t("results.insights.csv", { title })}
              onClick={downloadCsv}
            >
              <IconFileTypeCsv size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        {failed && (
          <Text size="sm" c="red" role="alert">
            {failed}
          </Text>
        )}
        {view === "chart" && withChart ? (
          <div ref={chartBox} className={classes.chart}>
            {children}
          </div>
        ) : (
          <DataTable table={table} format={(value) => number.format(value)} />
        )}
      </Stack>
    </Card>
  );
}

function DataTable({ table, format }: { table: InsightTable; format: (value: number) => string }) {
  const t = useT();
  return (
    <div className={classes.tableBox}>
      <Table miw={table.header.length > 3 ? 560 : undefined} striped highlightOnHover withTableBorder stickyHeader fz="xs" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            {table.header.map((heading, index) => (
              <Table.Th key={heading} ta={index === 0 ? "left" : "right"} scope="col">
                {heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key} className={row.picked ? classes.picked : undefined}>
              <Table.Th scope="row" fw={row.picked ? 700 : 400}>
                {row.onPick ? (
                  <UnstyledButton
                    className={classes.pick}
                    aria-pressed={row.picked ?? false}
                    title={t(row.picked ? "results.insights.unpick" : "results.insights.pick")}
                    onClick={row.onPick}
                  >
                    {row.label}
                  </UnstyledButton>
                ) : (
                  row.label
                )}
              </Table.Th>
              {row.values.map((value, index) => (
                <Table.Td key={table.header[index + 1] ?? index} ta="right">
                  {format(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.totals && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{table.totals.label}</Table.Th>
              {table.totals.values.map((value, index) => (
                <Table.Td key={table.header[index + 1] ?? index} ta="right" fw={700}>
                  {format(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </div>
  );
}
