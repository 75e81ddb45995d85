import type { Logger } from "pino";
import { LIMITS, type ResellerQueryResponse, type TagQueryResponse } from "#contract/huawei-api";
import { NOT_DISTRIBUTOR_CODES } from "#contract/huawei-constants";
import type { SyncRun } from "#contract/portfolio-api";
import { ProxyError } from "../errors.ts";
import type { BssAnswer, BssCall } from "../huawei/bss-client.ts";
import { OWN_SCOPE, type PendingScope, type PortfolioStore, type ScopeKey } from "../store/portfolio-store.ts";

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
}

/** The queue's client for the sync's calls (users' calls go first, whoever they are). */
export const SYNC_CLIENT = "sync";

/** A call Huawei refused: its message goes on the run's error list. */
class CallFailed extends Error {
  constructor(readonly answer: BssAnswer & { ok: false }) {
    super(`HTTP ${answer.status} ${answer.body.error_code}: ${answer.body.error_msg}`);
  }
}

/**
 * The sync job: reads every customer's tag, page by page (200 per call, until a short page), for
 * the partner's own customers and each cloud reseller's, and writes each page with its checkpoint.
 * One run at a time; a run left running by a stopped process is resumed where it stopped.
 */
export function createSync(options: SyncOptions) {
  const { store, call, logger } = options;
  const ahead = Math.max(1, options.pagesAhead ?? 3);
  const attempts = options.attempts ?? 3;
  let active: { runId: string; done: Promise<void>; stop: AbortController } | undefined;

  const ask = async <T>(api: "newCustomerTags" | "indirectPartners", body: object, signal: AbortSignal): Promise<T> => {
    let last: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      signal.throwIfAborted();
      try {
        const answer = await call(api, body, { client: SYNC_CLIENT, priority: "background", signal });
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
        page = await ask<ResellerQueryResponse>("indirectPartners", { offset, limit: LIMITS.listPageSize }, signal);
      } catch (error) {
        // A partner that is not a distributor has no resellers: its own customers are the portfolio.
        if (offset === 0 && error instanceof CallFailed && error.answer.status === 403 && NOT_DISTRIBUTOR_CODES.has(error.answer.body.error_code)) {
          return scopes;
        }
        throw error;
      }
      for (const reseller of page.indirect_partners) scopes.push(reseller.indirect_partner_id);
      if (page.indirect_partners.length < LIMITS.listPageSize || scopes.length - 1 >= page.count) return scopes;
    }
  };

  /** Reads one scope from its checkpoint to its short page, `ahead` pages in flight. */
  const readScope = async (runId: string, { scope, nextOffset }: PendingScope, signal: AbortSignal): Promise<void> => {
    const size = LIMITS.tagPageSize;
    const scopeStop = new AbortController();
    const stopBoth = () => scopeStop.abort(signal.reason);
    signal.addEventListener("abort", stopBoth, { once: true });
    const fetchPage = (offset: number) => {
      const body = { offset, limit: size, ...(scope === OWN_SCOPE ? {} : { indirect_partner_id: scope }) };
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
        await store.writePage(runId, scope, offset, tags, last);
        if (last) return;
      }
    } finally {
      signal.removeEventListener("abort", stopBoth);
      // Pages asked beyond the end leave the queue unsent.
      scopeStop.abort(new Error("scope finished"));
    }
  };

  const execute = async (runId: string, signal: AbortSignal): Promise<void> => {
    let failed = false;
    try {
      let { known, pending } = await store.pendingScopes(runId);
      if (!known) {
        await store.setScopes(runId, await listScopes(signal));
        ({ pending } = await store.pendingScopes(runId));
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
      // Stopped by a shutdown: the run stays open and the next start resumes it.
      if (signal.aborted) return;
      failed = true;
      const message = `reseller list: ${error instanceof Error ? error.message : String(error)}`;
      logger?.warn({ runId }, `sync: ${message}`);
      await store.addError(runId, message);
    }
    const run = await store.finishRun(runId, failed ? "failed" : "succeeded");
    logger?.info({ runId, status: run?.status, rows: run?.rows, calls: run?.calls }, "sync finished");
    if (options.retentionMonths) await store.prune(options.retentionMonths);
    await store.maintain();
    options.onFinished?.(runId);
  };

  const launch = (runId: string) => {
    const stop = new AbortController();
    const done = execute(runId, stop.signal)
      .catch((error: unknown) => logger?.error({ err: error, runId }, "sync stopped by an error"))
      .finally(() => {
        if (active?.runId === runId) active = undefined;
      });
    active = { runId, done, stop };
  };

  return {
    /** Starts a run; answers its ID, or `running` with the ID of the run already going. */
    async start(trigger: SyncRun["trigger"]): Promise<{ started: string } | { running: string }> {
      if (active) return { running: active.runId };
      const runId = await store.startRun(trigger);
      if (!runId) return { running: (await store.runningRunId()) ?? "" };
      logger?.info({ runId, trigger }, "sync started");
      launch(runId);
      return { started: runId };
    },

    /** Goes on with a run a stopped process left running; answers its ID, if any. */
    async resume(): Promise<string | undefined> {
      if (active) return active.runId;
      const runId = await store.runningRunId();
      if (runId) {
        logger?.info({ runId }, "sync resumed from its checkpoint");
        launch(runId);
      }
      return runId;
    },

    /** Resolves when the current run, if any, has ended. */
    settled: (): Promise<void> => active?.done ?? Promise.resolve(),

    /** Stops the current run where it is, leaving it to be resumed (shutdown). */
    async stop(): Promise<void> {
      active?.stop.abort(new Error("the server is stopping"));
      await active?.done;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
