import { DonutChart } from "@mantine/charts";
import { Group, Stack, UnstyledButton, ColorSwatch, Text } from "@mantine/core";
import { TAG_STATUSES, type TagStatus } from "#domain/tag-status";
import { useLocale, useT } from "../../../lib/i18n/i18n-context.ts";
import { statusText } from "../status-text.ts";
import { STATUS_CHART_COLORS } from "./chart-colors.ts";
import classes from "./insights.module.css";

type StatusDonutProps = {
  counts: Record<TagStatus, number>;
  soonMonths: number;
  /** The statuses the table is filtered to: the other slices fade. */
  picked: readonly TagStatus[];
  onPick: (status: TagStatus) => void;
};

/** The statuses as a donut with a legend of buttons; a slice or its legend line filters the table. */
export function StatusDonut({ counts, soonMonths, picked, onPick }: StatusDonutProps) {
  const t = useT();
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const present = TAG_STATUSES.filter((status) => counts[status] > 0);
  const byLabel = new Map(present.map((status) => [statusText(t, status, soonMonths), status]));
  const faded = (status: TagStatus) => picked.length > 0 && !picked.includes(status);
  return (
    <Group h="100%" wrap="nowrap" gap="md" align="center">
      <DonutChart
        size={180}
        thickness={28}
        data={present.map((status) => ({
          name: statusText(t, status, soonMonths),
          value: counts[status],
          color: STATUS_CHART_COLORS[status],
        }))}
        chartLabel={number.format(present.reduce((total, status) => total + counts[status], 0))}
        valueFormatter={(value) => number.format(value)}
        tooltipDataSource="segment"
        pieProps={{ isAnimationActive: false }}
        cellProps={(cell) => {
          const status = byLabel.get(cell.name);
          return {
            opacity: status && faded(status) ? 0.3 : 1,
            onClick: () => status && onPick(status),
          };
        }}
      />
      <Stack gap={2} className={classes.legend}>
        {present.map((status) => (
          <UnstyledButton
            key={status}
            aria-pressed={picked.includes(status)}
            onClick={() => onPick(status)}
            className={classes.legendLine}
            data-faded={faded(status) || undefined}
          >
            <Group gap={6} wrap="nowrap">
              <ColorSwatch color={`var(--mantine-color-${STATUS_CHART_COLORS[status].replace(".", "-")})`} size={10} withShadow={false} />
              <Text size="xs" span>
                {statusText(t, status, soonMonths)} · {number.format(counts[status])}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Group>
  );
}
