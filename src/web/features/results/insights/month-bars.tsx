import { BarChart } from "@mantine/charts";
import type { MantineColor } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useMemo } from "react";
import { Rectangle, type BarProps } from "recharts";
import { useLocale } from "../../../lib/i18n/i18n-context.ts";

/** One series of bars: its key, its words in the legend and tooltip, its colour, a count per month. */
export type MonthSeries = { name: string; label: string; color: MantineColor; counts: readonly number[] };

type MonthBarsProps = {
  months: readonly string[];
  series: readonly MonthSeries[];
  stacked?: boolean;
  /** The month the table is filtered to: the other months' bars fade. */
  picked: string | undefined;
  onPick: (month: string) => void;
};

// The data row behind a bar (recharts types it loosely).
const monthOf = (bar: { payload?: unknown }): string | undefined =>
  (bar.payload as { month?: string } | undefined)?.month;

/** Bars per month; clicking a month's bar (any of its stacks) filters the table to that month. */
export function MonthBars({ months, series, stacked = false, picked, onPick }: MonthBarsProps) {
  const { locale } = useLocale();
  const data = useMemo(
    () =>
      months.map((month, index) => ({
        month,
        ...Object.fromEntries(series.map((one) => [one.name, one.counts[index] ?? 0])),
      })),
    [months, series],
  );
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  // Which month labels show, fixed rather than measured: left to itself the chart measures every
  // label in the page (a forced layout each) to decide which fit.
  const wide = useMediaQuery("(min-width: 48em)") ?? true;
  const every = Math.ceil(months.length / (wide ? 12 : 6));
  const barProps: Partial<BarProps> = {
    onClick: (bar) => {
      const month = monthOf(bar);
      if (month) onPick(month);
    },
    // A render function Mantine calls with each bar's geometry, not a component React mounts.
    // oxlint-disable-next-line react/no-unstable-nested-components
    shape: (props) => <Rectangle {...props} opacity={picked && monthOf(props) !== picked ? 0.3 : 1} />,
  };
  return (
    <BarChart
      h="100%"
      data={data}
      dataKey="month"
      type={stacked ? "stacked" : "default"}
      series={series.map(({ name, label, color }) => ({ name, label, color }))}
      withLegend={series.length > 1}
      legendProps={{ verticalAlign: "bottom", height: 28 }}
      tickLine="y"
      valueFormatter={(value) => number.format(value)}
      xAxisProps={{ tickFormatter: (month: string) => month.slice(2).replace("-", "/"), interval: every - 1 }}
      yAxisProps={{ allowDecimals: false, width: 44, interval: 0 }}
      barProps={barProps}
      tooltipAnimationDuration={0}
    />
  );
}
