import { Alert, List, Text } from "@mantine/core";
import { IconInfoCircle, IconAlertTriangle } from "@tabler/icons-react";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import type { SyncRun } from "#contract/portfolio-api";
import { JobStatus } from "../../../components/job-status.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { ErrorExplanation } from "../../../components/error-explanation.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { agoText } from "../time-text.ts";
import { useClock } from "../use-clock.ts";
import type { SyncRunState } from "../use-sync-run.ts";
import { AlertDeliveries } from "./alert-deliveries.tsx";

// A failed run can list a line per scope or call; the first ones say enough.
const SHOWN_ERRORS = 5;

function runSummary(t: Translate, run: SyncRun, now: number): string {
  const counts = {
    done: run.scopes_done,
    total: run.scopes_total,
    rows: run.rows,
    calls: run.calls,
  };
  if (run.status === "running") {
    return run.scopes_total === 0
      ? t("portfolio.sync.starting", counts)
      : t("portfolio.sync.running", counts);
  }
  const ago = agoText(t, new Date(run.finished_at ?? run.started_at), now);
  return run.status === "succeeded"
    ? t("portfolio.sync.succeeded", { ...counts, ago })
    : t("portfolio.sync.failed", { ...counts, ago });
}

/**
 * The running sync's progress (scopes, customers, calls) drawn like the lookup's, or how the last
 * one ended with what went wrong; and the answer to "Sync now" when it was refused.
 */
export function SyncStatus({ sync }: { sync: SyncRunState }) {
  const t = useT();
  const now = useClock();
  const { run, query, start } = sync;
  const refused = start.error ? toApiError(start.error) : undefined;
  return (
    <>
      {refused && (
        <Alert
          color={refused.code === PROXY_ERRORS.syncRunning ? "blue" : "red"}
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          role="alert"
        >
          <ErrorExplanation error={refused} retryLabel={t("portfolio.sync.button")} />
        </Alert>
      )}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && !run && (
        <Text size="sm" c="dimmed">
          {t("portfolio.sync.never")}
        </Text>
      )}
      {run && (
        <JobStatus
          status={
            run.status === "running" ? "running" : run.status === "succeeded" ? "done" : "failed"
          }
          // No total until the reseller list is read: the bar then shows activity only.
          percent={
            run.status === "running" && run.scopes_total > 0
              ? (run.scopes_done / run.scopes_total) * 100
              : undefined
          }
          progressLabel={t("portfolio.sync.progressLabel")}
          summary={runSummary(t, run, now)}
        >
          {run.alerts && <AlertDeliveries deliveries={run.alerts} />}
          {run.status === "failed" && run.errors.length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} p="xs">
              <Text size="sm" fw={500}>
                {t("portfolio.sync.errors")}
              </Text>
              <List size="sm" spacing={2}>
                {run.errors.slice(0, SHOWN_ERRORS).map((line, index) => (
                  <List.Item key={index} style={{ overflowWrap: "anywhere" }}>
                    {line}
                  </List.Item>
                ))}
              </List>
              {run.errors.length > SHOWN_ERRORS && (
                <Text size="sm" c="dimmed">
                  {t("portfolio.sync.moreErrors", { count: run.errors.length - SHOWN_ERRORS })}
                </Text>
              )}
            </Alert>
          )}
        </JobStatus>
      )}
    </>
  );
}
