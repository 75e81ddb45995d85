// The insights panel, its own chunk with the chart library and its styles: loaded when the user
// opens it. The styles are a side effect by nature.
// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/charts/styles.css";
import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import {
  computeInsights,
  HELD_STATUSES,
  OTHER_RESELLERS,
  RESELLER_COLUMNS,
  type Lapse,
} from "#domain/insights";
import type { ResultFilters, ResultRow } from "#domain/tag-filters";
import { monthKeyOf, TAG_STATUSES } from "#domain/tag-status";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { statusText } from "../status-text.ts";
import type { UpdateView } from "../use-results-view.ts";
import { ChartCard, type InsightTable } from "./chart-card.tsx";
import { ChoiceButtons } from "./choice-buttons.tsx";
import { MonthBars } from "./month-bars.tsx";
import { StatusDonut } from "./status-donut.tsx";
import {
  areStatusesPicked,
  isMonthPicked,
  isResellerPicked,
  toggleMonth,
  toggleReseller,
  toggleStatuses,
  type MonthField,
} from "./insight-filters.ts";
import { STATUS_CHART_COLORS, RESELLER_COLORS, OTHERS_COLOR } from "./chart-colors.ts";

export type InsightsPanelProps = {
  /** Every row of the results (not only those the filters leave): the figures are the whole set's. */
  rows: readonly ResultRow[];
  filters: ResultFilters;
  update: UpdateView;
  /** The current month (China Standard Time). */
  month: string;
  soonMonths: number;
  /** The rows span scopes: the calendar can stack by reseller, and a table lists each reseller. */
  withResellers: boolean;
  /** Whose customers, for the downloads' file names (as the exports name it). */
  fileLabel?: string;
  /** Where to read the customers the store saw turn N, when the store has their history. */
  lapsesQuery?: LapsesQuery;
};

/** Where the store's lapses come from (the portfolio feature's `lapsesSource`), cached under its key. */
export type LapsesQuery = { queryKey: readonly unknown[]; load: (signal: AbortSignal) => Promise<Lapse[]> };

// The last figures of each result set, so closing and reopening the panel does not count again.
const remembered = new WeakMap<readonly ResultRow[], { key: unknown[]; insights: ReturnType<typeof computeInsights> }>();
/** The figures of a result set, counted once per set, month, lapses and label (ahead of an opening, too). */
export function prepareInsights(rows: readonly ResultRow[], month: string, lapses: readonly Lapse[] | undefined, ownLabel: string) {
  const key = [month, lapses, ownLabel];
  const last = remembered.get(rows);
  if (last && last.key.every((part, index) => part === key[index])) return last.insights;
  const insights = computeInsights(rows, monthKeyOf(month), { lapses, ownLabel });
  remembered.set(rows, { key, insights });
  return insights;
}

/**
 * Charts of the result set: the expiry calendar ahead, the past year's expiries, customers won,
 * the status distribution and, across scopes, a line per reseller. Clicking a part filters the
 * table; clicking it again takes the filter back.
 */
export function InsightsPanel({ rows, filters, update, month, soonMonths, withResellers, fileLabel, lapsesQuery }: InsightsPanelProps) {
  const t = useT();
  // Without the store's history (or while it loads, or if it fails) the past months show expiries only.
  const lapses = useQuery({
    queryKey: lapsesQuery?.queryKey ?? ["no-lapses"],
    queryFn: ({ signal }) => lapsesQuery?.load(signal) ?? [],
    enabled: lapsesQuery !== undefined,
    staleTime: Infinity,
  }).data;
  const ownLabel = t("results.insights.own");
  const insights = useMemo(() => prepareInsights(rows, month, lapses, ownLabel), [rows, month, lapses, ownLabel]);
  const [stackBy, setStackBy] = useState<"status" | "reseller">("status");
  const setFilters = (next: ResultFilters) => update({ filters: next });
  const pickMonth = (field: MonthField) => (m: string) => setFilters(toggleMonth(filters, field, m));
  const monthRows = (field: MonthField, months: readonly string[], series: readonly (readonly number[])[]) =>
    months.map((m, index) => ({
      key: m,
      label: m,
      values: series.map((counts) => counts[index] ?? 0),
      picked: isMonthPicked(filters, field, m),
      onPick: () => pickMonth(field)(m),
    }));
  const monthHeading = t("results.insights.month");
  const pickedMonth = (field: MonthField) => {
    const range = filters[field];
    return range.from && range.from === range.to ? range.from : undefined;
  };

  // The calendar ahead, stacked by status or by the largest resellers.
  const { ahead } = insights;
  const aheadSeries =
    stackBy === "status"
      ? HELD_STATUSES.map((status) => ({
          name: status,
          label: statusText(t, status, soonMonths),
          color: STATUS_CHART_COLORS[status],
          counts: ahead.byStatus[status],
        }))
      : ahead.byReseller.map((stack, index) => ({
          name: `r${index}`,
          label: stack.key === OTHER_RESELLERS ? t("results.insights.otherResellers") : stack.label,
          color: stack.key === OTHER_RESELLERS ? OTHERS_COLOR : RESELLER_COLORS[index % RESELLER_COLORS.length]!,
          counts: stack.counts,
        }));
  const aheadTable: InsightTable = {
    header: [monthHeading, ...aheadSeries.map((series) => series.label), t("results.insights.total")],
    rows: monthRows("expire", ahead.months, [...aheadSeries.map((series) => series.counts), ahead.totals]),
  };

  const { behind } = insights;
  const behindSeries = [
    { name: "expired", label: t("results.insights.expired"), color: "red.7", counts: behind.expired },
    ...(behind.becameN
      ? [{ name: "becameN", label: t("results.insights.becameN"), color: "grape.5", counts: behind.becameN }]
      : []),
  ];
  const behindTable: InsightTable = {
    header: [monthHeading, ...behindSeries.map((series) => series.label)],
    rows: monthRows("expire", behind.months, behindSeries.map((series) => series.counts)),
  };

  const wonSeries = [{ name: "won", label: t("results.insights.wonSeries"), color: "teal.6", counts: insights.won.counts }];
  const wonTable: InsightTable = {
    header: [monthHeading, wonSeries[0]!.label],
    rows: monthRows("effective", insights.won.months, [insights.won.counts]),
  };

  const resellerTable: InsightTable = {
    header: [
      t("results.filter.reseller"),
      ...RESELLER_COLUMNS.map((column) => t(`results.insights.column.${column}`, { n: soonMonths })),
      t("results.insights.total"),
    ],
    rows: insights.resellers.map((line) => ({
      key: line.key || "-",
      label: line.label,
      values: [...RESELLER_COLUMNS.map((column) => line.counts[column]), line.total],
      picked: isResellerPicked(filters, line.key),
      onPick: () => setFilters(toggleReseller(filters, line.key)),
    })),
    totals: {
      label: t("results.insights.total"),
      values: [...RESELLER_COLUMNS.map((column) => insights.totals.counts[column]), insights.totals.total],
    },
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("results.insights.about", { count: rows.length, month })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <ChartCard
          title={t("results.insights.aheadTitle")}
          description={t("results.insights.aheadAbout")}
          fileLabel={fileLabel}
          fileSubject="expiry-calendar"
          table={aheadTable}
          controls={
            withResellers && (
              <ChoiceButtons
                label={t("results.insights.stackLabel")}
                value={stackBy}
                onChange={setStackBy}
                options={[
                  { value: "status", label: t("results.insights.byStatus") },
                  { value: "reseller", label: t("results.insights.byReseller") },
                ]}
              />
            )
          }
        >
          <MonthBars
            months={ahead.months}
            series={aheadSeries}
            stacked
            picked={pickedMonth("expire")}
            onPick={pickMonth("expire")}
          />
        </ChartCard>
        <ChartCard
          title={t("results.insights.behindTitle")}
          description={t(behind.becameN ? "results.insights.behindAbout" : "results.insights.behindNoStore")}
          fileLabel={fileLabel}
          fileSubject="past-expiries"
          table={behindTable}
        >
          <MonthBars
            months={behind.months}
            series={behindSeries}
            picked={pickedMonth("expire")}
            onPick={pickMonth("expire")}
          />
        </ChartCard>
        <ChartCard
          title={t("results.insights.wonTitle")}
          description={t("results.insights.wonAbout")}
          fileLabel={fileLabel}
          fileSubject="customers-won"
          table={wonTable}
        >
          <MonthBars
            months={insights.won.months}
            series={wonSeries}
            picked={pickedMonth("effective")}
            onPick={pickMonth("effective")}
          />
        </ChartCard>
        <ChartCard
          title={t("results.insights.statusTitle")}
          fileLabel={fileLabel}
          fileSubject="status-distribution"
          table={{
            header: [t("results.filter.status"), t("results.insights.customers")],
            rows: TAG_STATUSES.filter((status) => insights.statuses[status] > 0 || filters.statuses.includes(status)).map(
              (status) => ({
                key: status,
                label: statusText(t, status, soonMonths),
                values: [insights.statuses[status]],
                picked: areStatusesPicked(filters, [status]),
                onPick: () => setFilters(toggleStatuses(filters, [status])),
              }),
            ),
          }}
        >
          <StatusDonut
            counts={insights.statuses}
            soonMonths={soonMonths}
            picked={filters.statuses}
            onPick={(status) => setFilters(toggleStatuses(filters, [status]))}
          />
        </ChartCard>
      </SimpleGrid>
      {withResellers && (
        <ChartCard
          title={t("results.insights.resellersTitle")}
          description={t("results.insights.resellersAbout")}
          fileLabel={fileLabel}
          fileSubject="resellers"
          table={resellerTable}
          withChart={false}
        />
      )}
    </Stack>
  );
}
