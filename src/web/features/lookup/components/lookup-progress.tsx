import { Text } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { JobStatus } from "../../../components/job-status.tsx";
import type { JobState } from "../../../lib/use-job.ts";
import { formatDuration } from "../format.ts";
import { type RunProgress, secondsLeft } from "../progress.ts";
import { NotifyButton } from "./notify-button.tsx";

type LookupProgressProps = {
  job: JobState;
  progress: RunProgress;
  /** Batches of this pass answered from the session cache, without calling Huawei. */
  cachedBatches: number;
  /** IDs of the run a Cancel left unsent; Continue sends them. */
  notSent: number;
  onCancel: () => void;
  onContinue: () => void;
};

/** Batches and IDs done, time elapsed and an estimate, Cancel / Continue; after the run, how it ended. */
export function LookupProgress({ job, progress, cachedBatches, notSent, ...props }: LookupProgressProps) {
  const t = useT();
  const running = job.status === "running";
  const elapsed = formatDuration(job.elapsedMs, t);
  const left = secondsLeft(progress, job.elapsedMs);
  const percent = progress.idsTotal === 0 ? 100 : (progress.idsDone / progress.idsTotal) * 100;
  const counts = t("lookup.progress.text", {
    done: progress.batchesDone,
    total: progress.batchesTotal,
    idsDone: progress.idsDone,
    idsTotal: progress.idsTotal,
    elapsed,
  });
  return (
    <JobStatus
      status={job.status}
      percent={percent}
      progressLabel={t("lookup.progress.label")}
      announce
      summary={
        running
          ? `${counts} · ${left === undefined ? t("lookup.progress.estimating") : t("lookup.progress.eta", { seconds: left })}`
          : counts
      }
      onCancel={props.onCancel}
      cancelLabel={t("lookup.cancel")}
      onContinue={notSent > 0 ? props.onContinue : undefined}
      continueLabel={t("lookup.continue", { count: notSent })}
    >
      {running && <NotifyButton />}
      {job.status === "done" && (
        <Text size="sm" c="dimmed">
          {t("lookup.progress.finished", { elapsed })}
        </Text>
      )}
      {job.status === "cancelled" && (
        <Text size="sm" c="orange.9">
          {t("lookup.progress.cancelled", { elapsed })}
        </Text>
      )}
      {!running && notSent > 0 && (
        <Text size="sm">{t("lookup.progress.notSent", { count: notSent })}</Text>
      )}
      {cachedBatches > 0 && !running && (
        <Text size="xs" c="dimmed">
          {t("lookup.progress.cached", {
            count: cachedBatches,
            total: progress.batchesTotal,
          })}
        </Text>
      )}
    </JobStatus>
  );
}
