import { Button, Group, Stack, Text } from "@mantine/core";
import { IconLayoutList } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { JobStatus } from "../../../components/job-status.tsx";
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
      variant="default"
      size="xs"
      leftSection={<IconLayoutList size={16} aria-hidden />}
      onClick={browse.showPages}
    >
      {t("browse.showPages")}
    </Button>
  );

  if (loadAll.error && !loadAll.running) {
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
  const complete = loadAll.complete;
  return (
    <JobStatus
      status={loadAll.running ? "running" : complete ? "done" : "cancelled"}
      // No total means no percentage: the bar shows activity, the text shows the counts.
      percent={undefined}
      progressLabel={t("browse.progressLabel")}
      summary={
        loadAll.running
          ? t("browse.loadingAll", { pages, count, seconds })
          : complete
            ? loadAll.elapsedMs > 0
              ? t("browse.allLoadedIn", { count, pages, seconds })
              : t("browse.allLoaded", { count, pages })
            : t("browse.stopped", { count })
      }
      onCancel={loadAll.cancel}
      cancelLabel={t("browse.cancel")}
      onContinue={complete ? undefined : loadAll.start}
      continueLabel={t("browse.continue")}
      actions={loadAll.running ? undefined : backToPages}
    >
      {loadAll.running && (
        <Text size="xs" c="dimmed">
          {t("browse.noTotal")}
        </Text>
      )}
    </JobStatus>
  );
}
