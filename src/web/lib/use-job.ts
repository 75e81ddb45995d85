import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { IDLE_JOB, jobElapsedMs, jobReducer } from "#domain/job";

/**
 * A long-running job's state (see `jobReducer`) with the clock put in: `start` and `resume` (Continue)
 * open a new run and return its number, which the work passes back with what it reports, so a
 * replaced run's late answers are ignored. `elapsedMs` moves on every second while running.
 */
export function useJob() {
  const [job, dispatch] = useReducer(jobReducer, IDLE_JOB);
  const runs = useRef(0);
  const now = useNow(job.status === "running");

  const actions = useMemo(
    () => ({
      start: ({ total, key }: { total?: number; key?: string } = {}) => {
        runs.current += 1;
        dispatch({ type: "start", run: runs.current, at: Date.now(), total, key });
        return runs.current;
      },
      resume: () => {
        runs.current += 1;
        dispatch({ type: "continue", run: runs.current, at: Date.now() });
        return runs.current;
      },
      progress: (run: number, done: number, total?: number) =>
        dispatch({ type: "progress", run, done, total }),
      /** Without a run: the user's Cancel of whatever is running. */
      cancel: (run?: number) => dispatch({ type: "cancel", run, at: Date.now() }),
      fail: (run: number, error: unknown) =>
        dispatch({ type: "fail", run, at: Date.now(), error }),
      done: (run: number) => dispatch({ type: "done", run, at: Date.now() }),
      reset: () => dispatch({ type: "reset" }),
    }),
    [],
  );
  return { ...job, ...actions, elapsedMs: jobElapsedMs(job, Math.max(now, job.startedAt ?? 0)) };
}

export type JobState = ReturnType<typeof useJob>;

/**
 * Lets a job follow a query that does the work (Load all, the customer list): its progress, its
 * end and its failure. A failure older than the run (the one Continue is retrying) does not count.
 */
export function useFollowQuery(
  job: JobState,
  query: { done: number; total?: number; finished: boolean; error: unknown; errorAt: number },
) {
  const { status, run, startedAt, progress, fail, done: finish } = job;
  const { done, total, finished, error, errorAt } = query;
  const running = status === "running";
  useEffect(() => {
    if (running) progress(run, done, total);
  }, [running, run, done, total, progress]);
  const freshError = error !== undefined && errorAt >= (startedAt ?? 0);
  useEffect(() => {
    if (!running) return;
    if (finished) finish(run);
    else if (freshError) fail(run, error);
  }, [running, run, finished, freshError, error, finish, fail]);
}

// Re-renders every second while `active`, so the elapsed time moves.
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
