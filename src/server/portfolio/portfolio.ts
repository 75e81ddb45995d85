import type { Logger } from "pino";
import type { NewCustomerTag } from "#contract/huawei-api";
import type { Config } from "../config.ts";
import type { BssCall } from "../huawei/bss-client.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { migrate } from "../store/migrations.ts";
import {
  createPortfolioStore,
  type PortfolioStore,
  type ScopeKey,
} from "../store/portfolio-store.ts";
import { createRunLock } from "../store/run-lock.ts";
import { createAnswerCache } from "./portfolio-answer.ts";
import { runOnSchedule } from "./schedule.ts";
import { createSync, type Sync } from "./sync.ts";

/** Where the store lives and how it syncs; no `dataDir` keeps it in memory (tests). */
export type StoreSettings = Omit<NonNullable<Config["store"]>, "dataDir"> & {
  dataDir: string | undefined;
};

/** The portfolio as the routes see it: ready, or unavailable with the reason. */
export type PortfolioState =
  | {
      ready: true;
      store: PortfolioStore;
      sync: Sync;
      answers: ReturnType<typeof createAnswerCache>;
    }
  | { ready: false; reason: string };

/**
 * Work that follows the portfolio's runs without the sync knowing of it (the alerts): told when
 * the store is open, when a run has ended, and before the store closes.
 */
export interface RunListener {
  /** The store is open and migrated, before any sync resumes or starts; it should answer quickly. */
  opened(db: Database): Promise<void>;
  /** A run has ended (succeeded or failed). */
  finished(runId: string): void;
  /** The store is about to close: finish or stop what uses it. */
  closing(): Promise<void>;
}

export interface Portfolio {
  state(): PortfolioState;
  /** Whether the store answers now (a quick query, cached for a moment). */
  health(): Promise<"ok" | "unavailable">;
  /** Records tags a user's request brought back; never delays or fails that request. */
  observe(scope: ScopeKey, tags: readonly NewCustomerTag[]): void;
  close(): Promise<void>;
}

// While the configured server does not answer, the proxy runs without the portfolio and tries again.
const RECONNECT_MS = 15_000;
const HEALTH_CACHE_MS = 2000;
// Lookup answers waiting to be recorded (200 rows each at most).
const MAX_PENDING_RECORDS = 100;
// How often each replica sharing a server looks for a run whose replica stopped holding its lock,
// and how often the replica running one checks that its lock's connection still answers.
const TAKEOVER_MS = 5000;

/** Timings the tests shorten. */
export interface PortfolioOptions {
  /** How often a replica looks for a run left by another one (a PostgreSQL server only). */
  takeoverMs?: number;
}

/**
 * Opens the store (PGlite in `dataDir`, or the PostgreSQL server of `databaseUrl`), applies its
 * migrations, resumes a sync a stopped process left running, starts one when the store is empty,
 * and runs the schedule; `listener` hears of the store and of each run's end. With a PostgreSQL
 * server shared by replicas, one replica at a time executes the run (holding its lock), and the
 * others take it over when that replica stops. A store that cannot be opened leaves the portfolio
 * unavailable, not the proxy; a migration that fails stops the start (its MigrationError propagates).
 */
export async function openPortfolio(
  settings: StoreSettings,
  call: BssCall,
  logger: Logger,
  listener?: RunListener,
  options: PortfolioOptions = {},
): Promise<Portfolio> {
  const takeoverMs = options.takeoverMs ?? TAKEOVER_MS;
  let state: PortfolioState = { ready: false, reason: "the store is opening" };
  let db: Database | undefined;
  let stopSchedule: (() => void) | undefined;
  let stopTakeover: (() => void) | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  let checked = { at: 0, result: "unavailable" as "ok" | "unavailable" };
  let recording = 0;
  let skipped = 0;

  const connect = async (): Promise<void> => {
    try {
      db = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
    } catch (error) {
      const reason = `the store at ${settings.databaseUrl ? "DATABASE_URL" : settings.dataDir} cannot be opened: ${error instanceof Error ? error.message : String(error)}`;
      logger.error({ err: error }, reason);
      state = { ready: false, reason };
      if (!closed) retry = setTimeout(() => void connect(), RECONNECT_MS).unref();
      return;
    }
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied, store: db.where }, "store migrations applied");
    const store = createPortfolioStore(db);
    const answers = createAnswerCache(store);
    // The whole portfolio is read and compressed once per change, ahead of the first opening:
    // 100,000 rows take seconds to build, and the page should open in one.
    const prewarm = () =>
      void answers
        .get("gzip")
        .catch((error: unknown) =>
          logger.warn({ err: error }, "could not build the portfolio answer"),
        );
    const onFinished = (runId: string) => {
      prewarm();
      listener?.finished(runId);
    };
    const lock = createRunLock(db, { checkMs: takeoverMs });
    const sync = createSync({
      store,
      call,
      logger,
      retentionMonths: settings.retentionMonths,
      onFinished,
      lock,
    });
    state = { ready: true, store, sync, answers };
    prewarm();
    await listener?.opened(db);
    const resumed = await sync.resume();
    if (!resumed && settings.schedule && (await store.currentRun()) === undefined) {
      // The first start: fill the portfolio now rather than at the next scheduled time.
      await sync.start("first-start");
    }
    // Replicas sharing the server: a run whose replica died goes on here.
    if (db.kind === "server" && !closed) stopTakeover = sync.watch(takeoverMs);
    if (settings.schedule) {
      stopSchedule = runOnSchedule(settings.schedule.schedule, () => {
        void sync
          .start("schedule")
          .catch((error: unknown) =>
            logger.error({ err: error }, "scheduled sync could not start"),
          );
      });
    }
  };

  await connect();

  return {
    state: () => state,
    async health() {
      const current = state;
      if (!current.ready || !db) return "unavailable";
      if (Date.now() - checked.at < HEALTH_CACHE_MS) return checked.result;
      const result = await db.query("select 1").then(
        () => "ok" as const,
        () => "unavailable" as const,
      );
      checked = { at: Date.now(), result };
      return result;
    },
    observe(scope, tags) {
      const current = state;
      if (!current.ready || tags.length === 0) return;
      // Recording is best effort: when lookups arrive faster than the store writes them, the
      // excess is skipped (the next sync sees those customers anyway) rather than queued without bound.
      if (recording >= MAX_PENDING_RECORDS) {
        skipped += 1;
        if (skipped === 1)
          logger.warn("the store is behind: some lookups are not recorded until it catches up");
        return;
      }
      recording += 1;
      current.store
        .recordObserved(scope, tags)
        .catch((error: unknown) =>
          logger.warn({ err: error }, "could not record a lookup in the store"),
        )
        .finally(() => {
          recording -= 1;
          if (recording === 0) skipped = 0;
        });
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      stopSchedule?.();
      stopTakeover?.();
      if (state.ready) await state.sync.stop();
      if (state.ready) await listener?.closing();
      await db?.close();
    },
  };
}
