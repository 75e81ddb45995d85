import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { IconLayoutList, IconPlayerPlay } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { CancelButton } from "../../../components/cancel-button.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import { errorHelp } from "../../../lib/error-help.ts";
import type { Browse } from "../use-browse.ts";
import { BrowseError } from "./browse-error.tsx";

/** Progress and outcome of Load all: pages and customers so far, elapsed time, Cancel / Continue. */
export function LoadAllStatus({ browse }: { browse: Browse }) {
  const t = useT();
  const { loadAll } = browse;
  const count = loadAll.rows?.length ?? 0;
  const pages = loadAll.pageCount;
  const seconds = Math.round(loadAll.elapsedMs / 1000);
  const backToPages = (
    <Button
      variant="subtle"
      size="xs"
      leftSection={<IconLayoutList size={16} aria-hidden />}
      onClick={browse.showPages}
    >
      {t("browse.showPages")}
    </Button>
  );

  if (loadAll.running) {
    return (
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          {/* Ticks every second: not worth announcing each time. */}
          <Text size="sm" fw={500} aria-live="off">
            {t("browse.loadingAll", { pages, count, seconds })}
          </Text>
          <CancelButton onClick={loadAll.cancel}>{t("browse.cancel")}</CancelButton>
        </Group>
        {/* No total means no percentage: the bar shows activity, the text shows the counts. */}
        <Progress value={100} striped animated aria-label={t("browse.progressLabel")} />
        <Text size="xs" c="dimmed">
          {t("browse.noTotal")}
        </Text>
      </Stack>
    );
  }
  if (loadAll.error) {
    return (
      <Stack gap="xs">
        <BrowseError error={loadAll.error} onRetry={loadAll.start} />
        {loadAll.rows && (
          <Text size="sm">
            {errorHelp(toApiError(loadAll.error)).retry
              ? t("browse.failedSoFarResume", { count, retry: t("error.retry") })
              : t("browse.failedSoFar", { count })}
          </Text>
        )}
        <Group gap="xs">{backToPages}</Group>
      </Stack>
    );
  }
  if (loadAll.complete) {
    return (
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500}>
          {loadAll.elapsedMs > 0
            ? t("browse.allLoadedIn", { count, pages, seconds })
            : t("browse.allLoaded", { count, pages })}
        </Text>
        {backToPages}
      </Group>
    );
  }
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" fw={500}>
        {t("browse.stopped", { count })}
      </Text>
      <Group gap="xs">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlayerPlay size={16} aria-hidden />}
          onClick={loadAll.start}
        >
          {t("browse.continue")}
        </Button>
        {backToPages}
      </Group>
    </Group>
  );
}
