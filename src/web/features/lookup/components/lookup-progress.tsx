import { Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { formatDuration } from "../format.ts";
import { type RunProgress, secondsLeft } from "../progress.ts";
import type { LookupRun } from "../use-lookup-run.ts";

/** Batches and IDs done, time elapsed and an estimate; after the run, how it ended. */
export function LookupProgress({
  run,
  progress,
  notSent,
}: {
  run: LookupRun;
  progress: RunProgress;
  /** IDs of the run a Cancel left unsent. */
  notSent: number;
}) {
  const t = useT();
  const [now, setNow] = useState(Date.now);
  const running = run.status === "running";
  // The elapsed time and estimate move on between answers too.
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const elapsedMs = (run.finishedAt ?? Math.max(now, run.startedAt)) - run.startedAt;
  const elapsed = formatDuration(elapsedMs, t);
  const left = secondsLeft(progress, elapsedMs);
  const percent = progress.idsTotal === 0 ? 100 : (progress.idsDone / progress.idsTotal) * 100;
  return (
    <Stack gap={6}>
      <Progress
        value={percent}
        animated={running}
        striped={running}
        color={run.status === "cancelled" ? "orange" : undefined}
        aria-label={t("lookup.progress.label")}
        size="lg"
      />
      <Text size="sm" aria-live="polite">
        {t("lookup.progress.text", {
          done: progress.batchesDone,
          total: progress.batchesTotal,
          idsDone: progress.idsDone,
          idsTotal: progress.idsTotal,
          elapsed,
        })}
        {running &&
          ` · ${left === undefined ? t("lookup.progress.estimating") : t("lookup.progress.eta", { seconds: left })}`}
      </Text>
      {run.status === "finished" && (
        <Text size="sm" c="dimmed">
          {t("lookup.progress.finished", { elapsed })}
        </Text>
      )}
      {run.status === "cancelled" && (
        <Text size="sm" c="orange.9">
          {t("lookup.progress.cancelled", { elapsed })}
        </Text>
      )}
      {!running && notSent > 0 && (
        <Text size="sm">{t("lookup.progress.notSent", { count: notSent })}</Text>
      )}
      {run.cachedBatches > 0 && !running && (
        <Text size="xs" c="dimmed">
          {t("lookup.progress.cached", {
            count: run.cachedBatches,
            total: progress.batchesTotal,
          })}
        </Text>
      )}
    </Stack>
  );
}
