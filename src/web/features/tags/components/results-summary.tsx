import { Code, Group, Spoiler, Stack, Text } from "@mantine/core";
import { useT } from "../../../app/i18n/i18n-context.ts";
import type { ResultSummary } from "../summarize-results.ts";

type ResultsSummaryProps = {
  summary: ResultSummary;
};

/** How many IDs came back, and which ones Huawei silently left out. */
export function ResultsSummary({ summary: { requested, found, missing } }: ResultsSummaryProps) {
  const t = useT();
  if (missing.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("results.summaryAll", { found })}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      <Text size="sm">{t("results.summary", { found, requested, missing: missing.length })}</Text>
      <Spoiler maxHeight={64} showLabel={t("results.showMore")} hideLabel={t("results.showLess")}>
        <Group gap={6} aria-label={t("results.missingList", { ids: missing.join(", ") })}>
          {missing.map((id) => (
            <Code key={id}>{id}</Code>
          ))}
        </Group>
      </Spoiler>
    </Stack>
  );
}
