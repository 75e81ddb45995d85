// One model for every long-running job of the page (a lookup's batches, Load all, reading the
// customer list, and later a sync): a pure reducer over the events a job goes through. Cancel is
// a pause: what arrived is kept and Continue goes on from there. Each start or continue opens a
// new run; what an earlier run reports late (an answer that was already on its way) is ignored.

export type JobStatus = "idle" | "running" | "cancelled" | "failed" | "done";

export type Job = {
  status: JobStatus;
  /** What the job is about (the scope it reads), as given at its start. */
  key?: string | undefined;
  /** The run the job is in; events of other runs are ignored. 0 before the first start. */
  run: number;
  /** Units done so far (batches, pages, customers) and how many there are, when known. */
  done: number;
  total: number | undefined;
  /** When the current run started and, once it stopped, when it stopped (ms). */
  startedAt: number | undefined;
  endedAt: number | undefined;
  /** Why the job failed; undefined unless `status` is "failed". */
  error: unknown;
};

export type JobEvent =
  | { type: "start"; run: number; at: number; total?: number | undefined; key?: string | undefined }
  | { type: "progress"; run: number; done: number; total?: number | undefined }
  | { type: "cancel"; run?: number; at: number }
  | { type: "continue"; run: number; at: number }
  | { type: "fail"; run: number; at: number; error: unknown }
  | { type: "done"; run: number; at: number }
  | { type: "reset" };

export const IDLE_JOB: Job = {
  status: "idle",
  run: 0,
  done: 0,
  total: undefined,
  startedAt: undefined,
  endedAt: undefined,
  error: undefined,
};

/** The job after one event; an event that does not apply leaves the very same state. */
export function jobReducer(job: Job, event: JobEvent): Job {
  if (event.type === "start")
    return {
      ...IDLE_JOB,
      status: "running",
      run: event.run,
      key: event.key,
      total: event.total,
      startedAt: event.at,
    };
  if (event.type === "reset") return { ...IDLE_JOB, run: job.run };
  if (event.type === "continue")
    return job.status === "cancelled" || job.status === "failed"
      ? { ...job, status: "running", run: event.run, startedAt: event.at, endedAt: undefined, error: undefined }
      : job;
  // Everything else is about the run in progress.
  if (job.status !== "running" || (event.run !== undefined && event.run !== job.run)) return job;
  switch (event.type) {
    case "progress":
      return { ...job, done: event.done, total: event.total ?? job.total };
    case "cancel":
      return { ...job, status: "cancelled", endedAt: event.at };
    case "fail":
      return { ...job, status: "failed", endedAt: event.at, error: event.error };
    case "done":
      return { ...job, status: "done", endedAt: event.at };
  }
}

/** How long the current run has taken so far (ms), or took once it stopped. */
export function jobElapsedMs(job: Job, now: number): number {
  if (job.startedAt === undefined) return 0;
  return Math.max(0, (job.endedAt ?? now) - job.startedAt);
}
