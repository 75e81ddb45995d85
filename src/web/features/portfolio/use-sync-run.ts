import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { portfolioKeys } from "./api/portfolio-keys.ts";
import type { SyncRun } from "#contract/portfolio-api";
import { alertSettingsQuery } from "./api/alerts-query.ts";
import { runOf, startSync, syncQuery } from "./api/sync-query.ts";

// How often a running sync is asked about: its counters move about once a second.
const POLL_MS = 1000;
// After a run ends, its alerts go out (retried for up to half a minute): asked about less often.
const ALERT_POLL_MS = 2000;
const ALERT_WINDOW_MS = 45_000;

/**
 * How often to ask about the sync: while it runs, and, when the proxy sends alerts, while the
 * run's alerts may still be on their way.
 */
function pollInterval(run: SyncRun | undefined, alerting: boolean): number | false {
  if (!run) return false;
  if (run.status === "running") return POLL_MS;
  if (!alerting) return false;
  if (run.alerts?.some((delivery) => delivery.status === "sending")) return ALERT_POLL_MS;
  const finished = run.finished_at ? Date.parse(run.finished_at) : 0;
  return Date.now() - finished < ALERT_WINDOW_MS ? ALERT_POLL_MS : false;
}

/**
 * The sync: its running or last run, polled while one runs (and only then), and "Sync now". When
 * a run ends, what it wrote is fetched again: the rows, the changes and any customer's history.
 */
export function useSyncRun(enabled: boolean) {
  const queryClient = useQueryClient();
  // The same answer the alert channels' line reads (cached for the page's life).
  const alerting = useQuery({ ...alertSettingsQuery(), enabled }).data?.channels.some((channel) => channel.configured) ?? false;
  const query = useQuery({
    ...syncQuery(),
    enabled,
    refetchInterval: (current) => pollInterval(runOf(current.state.data), alerting),
  });
  const run = runOf(query.data);
  const running = run?.status === "running";

  const start = useMutation({
    mutationFn: startSync,
    // 202 started a run and 409 means one is running: either way, its progress is what to show.
    onSettled: () => queryClient.invalidateQueries({ queryKey: portfolioKeys.sync() }),
  });

  // The run as last seen: a change to a finished run (the one that was running, or a newer one
  // that finished between two looks) means the store has new data.
  const seen = useRef<string | undefined>(undefined);
  const { reset } = start;
  const runId = run?.run_id;
  const status = run?.status;
  useEffect(() => {
    if (runId === undefined) return;
    const now = `${runId}:${status}`;
    const before = seen.current;
    seen.current = now;
    if (before === undefined || before === now || status === "running") return;
    for (const queryKey of [
      portfolioKeys.rows(),
      portfolioKeys.changes(),
      portfolioKeys.customers(),
    ])
      void queryClient.invalidateQueries({ queryKey });
    // "A sync is already running" no longer is.
    reset();
  }, [runId, status, queryClient, reset]);

  return { query, run, running, start };
}

export type SyncRunState = ReturnType<typeof useSyncRun>;
