import { CloseButton, Group, List } from "@mantine/core";
import { createContext, memo, use } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import classes from "./results.module.css";

/** The legend's state, for the "?" beside the Status column that opens and closes it. */
export type LegendToggle = { id: string; open: boolean; setOpen: (open: boolean) => void };
export const LegendContext = createContext<LegendToggle | null>(null);

/** The legend's state where the workspace provides it (the table's header reads it). */
export function useLegendToggle(): LegendToggle | null {
  return use(LegendContext);
}

/**
 * Explains the row colours, which months count, and the two tag values that puzzle people. Hidden
 * until asked for (the "?" beside the Status column): the rows come first.
 */
function ResultsLegendView({
  month,
  soonMonths,
  toggle,
}: {
  month: string;
  soonMonths: number;
  toggle: LegendToggle;
}) {
  const t = useT();
  return (
    <section id={toggle.id} hidden={!toggle.open} aria-label={t("results.legend.title")}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <List size="sm" spacing={4} listStyleType="none">
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
        <CloseButton size="sm" aria-label={t("results.legend.close")} onClick={() => toggle.setOpen(false)} />
      </Group>
    </section>
  );
}

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const ResultsLegend = memo(ResultsLegendView);
