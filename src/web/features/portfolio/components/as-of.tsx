import { Alert, Text } from "@mantine/core";
import { IconHourglassHigh } from "@tabler/icons-react";
import type { Portfolio } from "#contract/portfolio-api";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { agoText, timeText } from "../time-text.ts";
import { useClock } from "../use-clock.ts";

/** How fresh the stored rows are ("as of 2 hours ago (…)"), and a note while the first sync has not finished. */
export function AsOf({
  asOf,
  complete,
}: Pick<Portfolio, "complete"> & { asOf: Portfolio["as_of"] }) {
  const t = useT();
  const now = useClock();
  const time = asOf === null ? undefined : new Date(asOf);
  return (
    <>
      <Text size="sm" fw={500}>
        {time
          ? t("portfolio.asOf", { ago: agoText(t, time, now), time: timeText(t, time) })
          : t("portfolio.asOfNever")}
      </Text>
      {!complete && (
        <Alert color="yellow" variant="light" icon={<IconHourglassHigh aria-hidden />} p="xs">
          <Text size="sm">{t("portfolio.incomplete")}</Text>
        </Alert>
      )}
    </>
  );
}
