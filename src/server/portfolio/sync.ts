import type { Logger } from "pino";
import { LIMITS, type ResellerQueryResponse, type TagQueryResponse } from "#contract/huawei-api";
import { NOT_DISTRIBUTOR_CODES } from "#contract/huawei-constants";
import type { SyncRun } from "#contract/portfolio-api";
import { ProxyError } from "../errors.ts";
import type { BssAnswer, BssCall } from "../huawei/bss-client.ts";
import { metrics } from "../metrics.ts";
import {
  OWN_SCOPE,
  type PendingScope,
  type PortfolioStore,
  type ScopeKey,
} from "../store/portfolio-store.ts";
import { type HeldLock, ONE_PROCESS, type RunLock } from "../store/run-lock.ts";

export interface SyncOptions {
  store: PortfolioStore;
  /** The proxy's upstream: the sync's calls share its flow control, behind users' calls. */
  call: BssCall;
  logger?: Logger | undefined;
  /** Pages of one scope asked for ahead of the one being written (keeps the call budget busy). */
  pagesAhead?: number;
  /** Attempts per page before the scope is given up for this run (the upstream retries within each). */
  attempts?: number;
  /** After the run, change events older than this many months are deleted. */
  retentionMonths?: number;
  /** Called with the run's ID when it has ended (not when it was stopped to be resumed). */
  onFinished?: (runId: string) => void;
  /** The right to execute a run, held by one replica at a time; by default always granted (one process). */
  lock?: RunLock;
}

/** The queue's client for the sync's calls (users' calls go first, whoever they are). */
export const SYNC_CLIENT = "sync";

// How long a start waits for a run lock that is held while no run is running.
const START_WAIT_MS = 1000;

/** A call Huawei refused: its message goes on the run's error list. */
class CallFailed extends Error {
  constructor(readonly answer: BssAnswer & { ok: false }) {
    super(`HTTP ${answer.status} ${answer.body.error_code}: ${answer.body.error_msg}`);
  }
}

/**
 * The sync job: reads every customer's tag, page by page (200 per call, until a short page), for
 * the partner's own customers and each cloud reseller's, and writes each page with its checkpoint.
 * One run at a time, executed only while holding the run lock; a run left running by a stopped
 * process or replica is resumed where it stopped.
 */
export function createSync(options: SyncOptions) {
  const { store, call, logger } = options;
  const ahead = Math.max(1, options.pagesAhead ?? 3);
  const attempts = options.attempts ?? 3;
  const lock = options.lock ?? ONE_PROCESS;
  let active: { runId: string; done: Promise<void>; stop: AbortController } | undefined;
  let stopping = false;
  // Start, resume and takeover decide one at a time: two of them must not both launch the run.
  let deciding: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const next = deciding.then(work, work);
    deciding = next.catch(() => {});
    return next;
  };

  const ask = async <T>(
    api: "newCustomerTags" | "indirectPartners",
    body: object,
    signal: AbortSignal,
  ): Promise<T> => {
    let last: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      signal.throwIfAborted();
      try {
        const answer = await call(api, body, {
          client: SYNC_CLIENT,
          priority: "background",
          signal,
        });
        if (answer.ok) return answer.body as T;
        // Huawei's 4xx other than throttling will not change on a second try.
        if (answer.status < 500 && answer.status !== 429) throw new CallFailed(answer);
        last = new CallFailed(answer);
      } catch (error) {
        if (signal.aborted || error instanceof CallFailed) throw error;
        last = error;
      }
    }
    if (last instanceof ProxyError) throw new Error(`${last.code}: ${last.message}`);
    throw last instanceof Error ? last : new Error(String(last));
  };

  /** The scopes to read: the partner's own customers, then each reseller in the list's order. */
  const listScopes = async (signal: AbortSignal): Promise<ScopeKey[]> => {
    const scopes: ScopeKey[] = [OWN_SCOPE];
    for (let offset = 0; ; offset += LIMITS.listPageSize) {
      let page: ResellerQueryResponse;
      try {
        page = await ask<ResellerQueryResponse>(
          "indirectPartners",
          { offset, limit: LIMITS.listPageSize },
          signal,
        );
      } catch (error) {
        // A partner that is not a distributor has no resellers: its own customers are the portfolio.
        if (
          offset === 0 &&
          error instanceof CallFailed &&
          error.answer.status === 403 &&
          NOT_DISTRIBUTOR_CODES.has(error.answer.body.error_code)
        ) {
          return scopes;
        }
        throw error;
      }
      for (const reseller of page.indirect_partners) scopes.push(reseller.indirect_partner_id);
      if (page.indirect_partners.length < LIMITS.listPageSize || scopes.length - 1 >= page.count)
        return scopes;
    }
  };

  /** Reads one scope from its checkpoint to its short page, `ahead` pages in flight. */
  const readScope = async (
    runId: string,
    { scope, nextOffset }: PendingScope,
    signal: AbortSignal,
  ): Promise<void> => {
    const size = LIMITS.tagPageSize;
    const scopeStop = new AbortController();
    const stopBoth = () => scopeStop.abort(signal.reason);
    signal.addEventListener("abort", stopBoth, { once: true });
    const fetchPage = (offset: number) => {
      const body = {
        offset,
        limit: size,
        ...(scope === OWN_SCOPE ? {} : { indirect_partner_id: scope }),
      };
      const page = ask<TagQueryResponse>("newCustomerTags", body, scopeStop.signal);
      // Pages asked ahead and dropped when the scope ends early must not surface as unhandled.
      page.catch(() => {});
      return page;
    };
    const inFlight: Promise<TagQueryResponse>[] = [];
    let nextToAsk = nextOffset;
    try {
      for (let offset = nextOffset; ; offset += size) {
        while (inFlight.length < ahead) {
          inFlight.push(fetchPage(nextToAsk));
          nextToAsk += size;
        }
        const page = await (inFlight.shift() as Promise<TagQueryResponse>);
        const tags = page.new_customer_tags;
        const last = tags.length < size;
        if (await store.writePage(runId, scope, offset, tags, last)) {
          metrics.syncRows.inc(tags.length);
          if (last) metrics.syncScopesDone.inc();
        }
        if (last) return;
      }
    } finally {
      signal.removeEventListener("abort", stopBoth);
      // Pages asked beyond the end leave the queue unsent.
      scopeStop.abort(new Error("scope finished"));
    }
  };

  const showProgress = async (runId: string): Promise<void> => {
    const progress = await store.progress(runId);
    metrics.syncRows.set(progress?.rows ?? 0);
    metrics.syncScopesDone.set(progress?.scopesDone ?? 0);
    metrics.syncScopesTotal.set(progress?.scopesTotal ?? 0);
  };

  const execute = async (runId: string, held: HeldLock, signal: AbortSignal): Promise<void> => {
    let failed = false;
    try {
      // The gauges are best effort: a store that does not answer fails the next step anyway.
      await showProgress(runId).catch(() => {});
      let { known, pending } = await store.pendingScopes(runId);
      if (!known) {
        await store.setScopes(runId, await listScopes(signal));
        ({ pending } = await store.pendingScopes(runId));
        await showProgress(runId).catch(() => {});
      }
      for (const scope of pending) {
        try {
          await readScope(runId, scope, signal);
        } catch (error) {
          if (signal.aborted) throw error;
          failed = true;
          const where = scope.scope === OWN_SCOPE ? "own customers" : `reseller ${scope.scope}`;
          const message = `${where}: ${error instanceof Error ? error.message : String(error)}`;
          logger?.warn({ runId, scope: scope.scope }, `sync: ${message}`);
          await store.addError(runId, message);
        }
      }
    } catch (error) {
      // Stopped (a shutdown, or the lock lost): the run stays running, for whoever resumes it.
      if (signal.aborted) return;
      failed = true;
      const message = `reseller list: ${error instanceof Error ? error.message : String(error)}`;
      logger?.warn({ runId }, `sync: ${message}`);
      await store.addError(runId, message);
    }
    // A replica that lost the lock leaves the run to the one holding it now.
    if (!(await held.confirm())) return;
    const run = await store.finishRun(runId, failed ? "failed" : "succeeded");
    if (!run) return;
    metrics.syncRuns.inc({ status: run.status });
    logger?.info({ runId, status: run.status, rows: run.rows, calls: run.calls }, "sync finished");
    if (options.retentionMonths) await store.prune(options.retentionMonths);
    await store.maintain();
    options.onFinished?.(runId);
  };

  /** Executes the run while `held`, then gives the lock back. */
  const launch = (runId: string, held: HeldLock) => {
    const stop = new AbortController();
    const onLost = () =>
      logger?.warn(
        { runId },
        "sync stopped: its lock went with the connection to the database; the replica that takes the lock next resumes the run",
      );
    held.lost.addEventListener("abort", onLost, { once: true });
    metrics.syncRunning.set(1);
    const done = execute(runId, held, AbortSignal.any([stop.signal, held.lost]))
      .catch((error: unknown) => logger?.error({ err: error, runId }, "sync stopped by an error"))
      .finally(async () => {
        held.lost.removeEventListener("abort", onLost);
        metrics.syncRunning.set(0);
        await held
          .release()
          .catch((error: unknown) =>
            logger?.warn({ err: error, runId }, "could not give the sync's lock back"),
          );
        if (active?.runId === runId) active = undefined;
      });
    active = { runId, done, stop };
  };

  /** Goes on with `runId`, left running by a process or replica that no longer executes it. */
  const goOn = (runId: string, held: HeldLock, message: string) => {
    logger?.info({ runId }, message);
    metrics.syncRuns.inc({ status: "resumed" });
    launch(runId, held);
  };

  /** Takes the lock of the run left running, when there is one and no replica holds it. */
  const claimLeftRun = async (): Promise<{ runId: string; held: HeldLock } | undefined> => {
    // No lock is taken when there is nothing to resume: a start elsewhere would find it taken.
    if ((await store.runningRunId()) === undefined) return undefined;
    const held = await lock.take();
    if (!held) return undefined;
    let runId: string | undefined;
    try {
      // The run may have ended between the look and the lock.
      runId = await store.runningRunId();
    } finally {
      if (runId === undefined) await held.release();
    }
    return runId === undefined ? undefined : { runId, held };
  };

  const resumeLeftRun = (message: string) =>
    oneAtATime(async (): Promise<string | undefined> => {
      if (active) return active.runId;
      if (stopping) return undefined;
      const claimed = await claimLeftRun();
      if (claimed) goOn(claimed.runId, claimed.held, message);
      return claimed?.runId;
    });

  /** Goes on with a run a stopped process or replica left running; answers its ID, if this replica took it. */
  const takeOver = () => resumeLeftRun("sync taken over from another replica");

  return {
    /** Starts a run; answers its ID, or `running` with the ID of the run already going. */
    start: (trigger: SyncRun["trigger"]): Promise<{ started: string } | { running: string }> =>
      oneAtATime(async () => {
        if (active) return { running: active.runId };
        if (stopping) throw new Error("the server is stopping");
        let held = await lock.take();
        if (!held) {
          const running = await store.runningRunId();
          if (running !== undefined) return { running };
          // Held by a replica about to insert its run, or for a moment by one that looked for a
          // run to take over: the first has a run to name after the wait, the second is gone.
          held = await lock.take(START_WAIT_MS);
          if (!held) return { running: (await store.runningRunId()) ?? "" };
        }
        let runId: string | undefined;
        let left: string | undefined;
        try {
          runId = await store.startRun(trigger);
          if (!runId) left = await store.runningRunId();
        } catch (error) {
          await held.release();
          throw error;
        }
        if (runId) {
          logger?.info({ runId, trigger }, "sync started");
          launch(runId, held);
          return { started: runId };
        }
        if (left) {
          // Running, and no replica holds its lock: the one that ran it has stopped.
          goOn(left, held, "sync taken over from another replica");
          return { running: left };
        }
        await held.release();
        return { running: "" };
      }),

    /** Goes on with a run a stopped process left running; answers its ID, if this replica runs it. */
    resume: () => resumeLeftRun("sync resumed from its checkpoint"),

    takeOver,

    /**
     * Every `everyMs`, takes over the run left running by a replica that no longer holds its lock
     * (it died, or lost the database); answers how to stop watching.
     */
    watch(everyMs: number): () => void {
      let checking = false;
      let failing = false;
      const timer = setInterval(() => {
        if (checking || active || stopping) return;
        checking = true;
        takeOver()
          .then(
            () => {
              failing = false;
            },
            (error: unknown) => {
              if (!failing)
                logger?.warn({ err: error }, "could not look for a sync run to take over");
              failing = true;
            },
          )
          .finally(() => {
            checking = false;
          });
      }, everyMs).unref();
      return () => clearInterval(timer);
    },

    /** Resolves when the current run, if any, has ended. */
    settled: (): Promise<void> => active?.done ?? Promise.resolve(),

    /** Stops the current run where it is, leaving it to be resumed (shutdown); starts none after. */
    async stop(): Promise<void> {
      stopping = true;
      // A start or takeover deciding now launches first, then stops with the rest.
      await oneAtATime(async () => {});
      active?.stop.abort(new Error("the server is stopping"));
      await active?.done;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
