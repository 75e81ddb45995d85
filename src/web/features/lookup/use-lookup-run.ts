import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { chunk } from "#domain/batching";
import type { IdParseResult } from "#domain/customer-ids";
import { type BatchOutcome, computeBuckets } from "#domain/lookup-buckets";
import { lookupQueries } from "./api/tag-batch-query.ts";
import { useJob } from "../../lib/use-job.ts";
import { progressOf } from "./progress.ts";
import { type FetchBatch, runBatches } from "./run-batches.ts";

/** One lookup: the input as it was when Query was pressed, and what each batch got. */
export type LookupRun = {
  input: IdParseResult;
  resellerId: string | undefined;
  batches: string[][];
  outcomes: BatchOutcome[];
  /** Indexes of the batches the current (or last) pass sent: all, or the retried ones. */
  pass: number[];
  /** Batches of this pass answered from the session cache, without calling Huawei. */
  cachedBatches: number;
  /** When the run was saved, for a run restored after a reload (see session-store.ts). */
  restoredFrom?: number;
};

/**
 * Runs lookups in batches through the proxy, with Cancel, Continue, Retry failed and Refresh.
 * Each pass over the batches is a run of one job: it ends done, or cancelled once the batches
 * still on their way have settled after a Cancel.
 */
export function useLookupRun(resellerId: string | undefined) {
  const client = useQueryClient();
  const [run, setRun] = useState<LookupRun | undefined>();
  const job = useJob();
  const { start: startJob, progress: jobProgress, done: jobDone, cancel: jobCancel } = job;
  const running = job.status === "running";
  const controller = useRef<AbortController | undefined>(undefined);

  // Leaving the page stops the calls still queued; what arrived stays in the cache.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    (
      base: Omit<LookupRun, "pass" | "cachedBatches">,
      pass: number[],
    ) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const outcomes = base.outcomes.map((outcome, index): BatchOutcome =>
        pass.includes(index) ? { ids: outcome.ids, status: "pending" } : outcome,
      );
      setRun({ input: base.input, resellerId: base.resellerId, batches: base.batches, outcomes, pass, cachedBatches: 0 });
      const jobRun = startJob({ total: pass.length });
      let answered = 0;
      const fetchBatch: FetchBatch = async (ids, signal) => {
        const options = lookupQueries.batch({ ids, resellerId: base.resellerId, signal });
        const cached = client.getQueryState(options.queryKey)?.status === "success";
        const rows = await client.fetchQuery(options);
        if (cached)
          setRun((current) =>
            current && controller.current === abort
              ? { ...current, cachedBatches: current.cachedBatches + 1 }
              : current,
          );
        return rows;
      };
      void runBatches({
        batches: pass.map((index) => base.batches[index]!),
        fetchBatch,
        signal: abort.signal,
        onOutcome: (position, outcome) => {
          if (outcome.status === "done" || outcome.status === "failed")
            jobProgress(jobRun, (answered += 1));
          setRun((current) => {
            // A newer pass owns the state now; this one's late answers are dropped.
            if (!current || controller.current !== abort) return current;
            const next = current.outcomes.slice();
            next[pass[position]!] = outcome;
            return { ...current, outcomes: next };
          });
        },
      }).then(() => (abort.signal.aborted ? jobCancel(jobRun) : jobDone(jobRun)));
    },
    [client, startJob, jobProgress, jobCancel, jobDone],
  );

  const query = useCallback(
    (input: IdParseResult) => {
      const batches = chunk(input.ids);
      const outcomes: BatchOutcome[] = batches.map((ids) => ({ ids, status: "pending" }));
      start(
        { input, resellerId, batches, outcomes },
        batches.map((_, index) => index),
      );
    },
    [resellerId, start],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  // A new pass over the batches in one state: the failed ones (Retry failed), or those a Cancel
  // left unsent (Continue).
  const resend = useCallback(
    (status: "failed" | "cancelled") => {
      if (!run || running) return;
      const indexes = run.outcomes.flatMap((outcome, index) =>
        outcome.status === status ? [index] : [],
      );
      if (indexes.length > 0) start(run, indexes);
    },
    [run, running, start],
  );
  const retryFailed = useCallback(() => resend("failed"), [resend]);
  const continueRun = useCallback(() => resend("cancelled"), [resend]);

  const refresh = useCallback(() => {
    if (!run || running) return;
    for (const ids of run.batches) {
      client.removeQueries({ queryKey: lookupQueries.batchKey(ids, run.resellerId), exact: true });
    }
    start(
      run,
      run.batches.map((_, index) => index),
    );
  }, [client, run, running, start]);

  const { reset: resetJob } = job;
  /** Shows a saved run again, as it ended; nothing is sent. */
  const restore = useCallback(
    (saved: LookupRun) => {
      controller.current?.abort();
      controller.current = undefined;
      resetJob();
      setRun(saved);
    },
    [resetJob],
  );
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = undefined;
    setRun(undefined);
    resetJob();
  }, [resetJob]);

  const buckets = useMemo(
    () => (run ? computeBuckets(run.input.ids, run.input.invalid, run.outcomes) : undefined),
    [run],
  );
  const progress = useMemo(() => (run ? progressOf(run.outcomes, run.pass) : undefined), [run]);

  return { run, job, buckets, progress, query, cancel, retryFailed, continueRun, refresh, reset, restore };
}

export type LookupRunState = ReturnType<typeof useLookupRun>;
