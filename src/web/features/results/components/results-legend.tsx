import { Group, List, Text } from "@mantine/core";
import { memo } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import classes from "./results.module.css";

/** Explains the row colours, which months count, and the two tag values that puzzle people. */
function ResultsLegendView({
  month,
  soonMonths,
  open,
}: {
  month: string;
  soonMonths: number;
  open: boolean;
}) {
  const t = useT();
  return (
    <details open={open}>
      <Text component="summary" size="sm" fw={500} style={{ cursor: "pointer" }}>
        {t("results.legend.title")}
      </Text>
      <List size="sm" spacing={4} mt={6} listStyleType="none">
        <List.Item>
          <Group gap={8} wrap="nowrap">
            <span className={classes.swatch} data-tone="danger" aria-hidden />
            {t("results.legend.danger")}
          </Group>
        </List.Item>
        <List.Item>
          <Group gap={8} wrap="nowrap">
            <span className={classes.swatch} data-tone="warning" aria-hidden />
            {t("results.legend.warning", { n: soonMonths })}
          </Group>
        </List.Item>
        <List.Item>{t("results.legend.undetermined")}</List.Item>
        <List.Item>{t("results.legend.empty")}</List.Item>
        <List.Item>{t("results.legend.month", { month })}</List.Item>
      </List>
    </details>
  );
}

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const ResultsLegend = memo(ResultsLegendView);
