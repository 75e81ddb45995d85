import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { NewCustomerTag } from "#contract/huawei-api";
import type { BssAnswer, BssCall } from "../huawei/bss-client.ts";
import { metrics } from "../metrics.ts";
import { type Database, openDatabase } from "../store/database.ts";
import { migrate } from "../store/migrations.ts";
import { createPortfolioStore, OWN_SCOPE } from "../store/portfolio-store.ts";
import { createRunLock, LOCK_CLASS, type RunLock } from "../store/run-lock.ts";
import { capturedLogger } from "../testing/captured-logger.ts";
import { startPostgres, type TestPostgres } from "../testing/test-postgres.ts";
import { createSync, type Sync } from "./sync.ts";

// Two replicas' syncs on one PostgreSQL server, each with its own pool, its own run lock and its
// own way to Huawei (so a test sees which replica read the customers).

const RESELLERS = ["a1000000000000000000000000000000", "b2000000000000000000000000000000"] as const;
const customers = (prefix: string, count: number): NewCustomerTag[] =>
  Array.from({ length: count }, (_, index) => ({
    customer_id: `${prefix}-${index}`,
    customer_tag_type: "SMB",
    new_customer_tag: "Y",
    effective_time: "2026-01-31T16:00:00Z",
    expire_time: "2026-12-31T16:00:00Z",
  }));
const CUSTOMERS: Record<string, NewCustomerTag[]> = {
  [OWN_SCOPE]: customers("own", 650),
  [RESELLERS[0]]: customers("r1", 230),
  [RESELLERS[1]]: customers("r2", 20),
};
const TOTAL = 900;

const answer = (body: unknown): BssAnswer => ({ ok: true, status: 200, body });

/**
 * Huawei as one replica reaches it. Pages of the partner's own customers from offset `holdFrom`
 * on wait until `open()` (or until the caller gives up on them); `reached` resolves at the first.
 */
function huawei(holdFrom = Number.POSITIVE_INFINITY) {
  let calls = 0;
  // The pages of the partner's own customers asked for, by offset.
  const ownPages: number[] = [];
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  let reach = () => {};
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const call: BssCall = async (api, body, caller) => {
    calls += 1;
    if (api === "indirectPartners") {
      return answer({
        count: RESELLERS.length,
        indirect_partners: RESELLERS.map((id) => ({ indirect_partner_id: id })),
      });
    }
    const {
      offset,
      limit,
      indirect_partner_id: scope = OWN_SCOPE,
    } = body as { offset: number; limit: number; indirect_partner_id?: string };
    if (scope === OWN_SCOPE) ownPages.push(offset);
    if (scope === OWN_SCOPE && offset >= holdFrom) {
      reach();
      const signal = caller.signal;
      await Promise.race([
        opened,
        new Promise((_, reject) =>
          signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true }),
        ),
      ]);
    }
    return answer({ new_customer_tags: (CUSTOMERS[scope] ?? []).slice(offset, offset + limit) });
  };
  return { call, calls: () => calls, ownPages, reached, open };
}

let postgres: TestPostgres;
const syncs: Sync[] = [];
const watchers: (() => void)[] = [];
const pools: Database[] = [];
beforeAll(async () => {
  postgres = await startPostgres();
});
afterEach(async () => {
  for (const stop of watchers.splice(0)) stop();
  await Promise.all(syncs.splice(0).map((sync) => sync.stop()));
  await Promise.all(pools.splice(0).map((db) => db.close()));
});
afterAll(() => postgres?.stop());

/** A fresh, migrated database on the server; answers its URL. */
async function freshStore(): Promise<string> {
  const url = await postgres.createDatabase();
  const db = await openDatabase({ url });
  await migrate(db);
  await db.close();
  return url;
}

/** One replica: its pool, store, run lock (counting its attempts) and sync, with what it logged and finished. */
async function startReplica(url: string, bss: ReturnType<typeof huawei>) {
  const db = await openDatabase({ url });
  pools.push(db);
  const store = createPortfolioStore(db);
  const { logger, logs } = capturedLogger();
  const lock = createRunLock(db, { checkMs: 100 });
  let attempts = 0;
  const counted: RunLock = {
    take: (waitMs) => {
      attempts += 1;
      return lock.take(waitMs);
    },
  };
  const finished: string[] = [];
  let onFinished = (_runId: string) => {};
  const ended = new Promise<string>((resolve) => (onFinished = resolve));
  const sync = createSync({
    store,
    call: bss.call,
    logger,
    lock: counted,
    onFinished: (runId) => {
      finished.push(runId);
      onFinished(runId);
    },
  });
  syncs.push(sync);
  return { store, sync, bss, logs, finished, ended, attempts: () => attempts };
}
type Replica = Awaited<ReturnType<typeof startReplica>>;

const resumedCount = async () =>
  (await metrics.syncRuns.get()).values.find((value) => value.labels.status === "resumed")?.value ??
  0;
const gauge = async (instrument: typeof metrics.syncRows) =>
  (await instrument.get()).values[0]?.value;
const succeededCount = async () =>
  (await metrics.syncRuns.get()).values.find((value) => value.labels.status === "succeeded")
    ?.value ?? 0;
const logged = (replica: Replica, message: string) =>
  replica.logs.some((line) => line.includes(message));

/** The run ended once, with every customer written once and one `new` event for each. */
async function expectCompleteOnce(replica: Replica, runId: string) {
  const run = await replica.store.currentRun();
  expect(run).toMatchObject({
    run_id: runId,
    status: "succeeded",
    rows: TOTAL,
    scopes_done: 3,
    scopes_total: 3,
    errors: [],
  });
  const ids = (await replica.store.portfolio()).rows.map((row) => row.customer_id);
  expect(ids).toHaveLength(TOTAL);
  expect(new Set(ids).size).toBe(TOTAL);
  const { changes } = await replica.store.changes(new Date(0));
  expect(changes.every((change) => change.kind === "new")).toBe(true);
  expect(changes).toHaveLength(TOTAL);
  expect(new Set(changes.map((change) => change.customer_id)).size).toBe(TOTAL);
}

describe("the sync on replicas sharing one PostgreSQL server", () => {
  it("runs once when both replicas start it at once: the other answers the run that is going", async () => {
    const url = await freshStore();
    const [a, b] = await Promise.all([
      startReplica(url, huawei(200)),
      startReplica(url, huawei(200)),
    ]);
    const answers = await Promise.all([a.sync.start("schedule"), b.sync.start("schedule")]);
    const started = answers.flatMap((outcome) => ("started" in outcome ? [outcome.started] : []));
    expect(started).toHaveLength(1);
    const runId = started[0] ?? "";
    expect(answers).toContainEqual({ running: runId });
    const [runner, other] = "started" in (answers[0] ?? {}) ? [a, b] : [b, a];
    // Asked again while its run goes on, the other replica still does not start one.
    expect(await other.sync.start("user")).toEqual({ running: runId });
    expect(await gauge(metrics.syncRunning)).toBe(1);
    runner.bss.open();
    other.bss.open();
    expect(await runner.ended).toBe(runId);
    expect(other.bss.calls()).toBe(0);
    expect(other.finished).toEqual([]);
    await expectCompleteOnce(runner, runId);
  });

  it("goes on with a run left running on one replica only when both resume it at once", async () => {
    const url = await freshStore();
    const [a, b] = await Promise.all([startReplica(url, huawei()), startReplica(url, huawei())]);
    // A run a replica that died left behind: its first page written, no lock held.
    const runId = (await a.store.startRun("schedule")) ?? "";
    await a.store.setScopes(runId, [OWN_SCOPE, ...RESELLERS]);
    await a.store.writePage(runId, OWN_SCOPE, 0, CUSTOMERS[OWN_SCOPE]?.slice(0, 200) ?? [], false);
    const before = await resumedCount();

    const resumed = await Promise.all([a.sync.resume(), b.sync.resume()]);
    expect(resumed.filter((id) => id !== undefined)).toEqual([runId]);
    const [runner, other] = resumed[0] === runId ? [a, b] : [b, a];
    expect(await runner.ended).toBe(runId);
    expect(other.bss.calls()).toBe(0);
    expect(await resumedCount()).toBe(before + 1);
    expect(logged(runner, "sync resumed from its checkpoint")).toBe(true);
    await expectCompleteOnce(runner, runId);
  });

  it("takes over a run whose replica lost its lock's connection, from its checkpoint, and the first replica stops", async () => {
    const url = await freshStore();
    const [a, b] = await Promise.all([startReplica(url, huawei(400)), startReplica(url, huawei())]);
    const outcome = await a.sync.start("user");
    if (!("started" in outcome)) throw new Error(`not started: ${JSON.stringify(outcome)}`);
    const runId = outcome.started;
    await a.bss.reached;
    // The pages before the held one are written: the checkpoint is at 400.
    await vi.waitFor(async () => expect((await a.store.progress(runId))?.rows).toBe(400));
    const before = await resumedCount();
    const succeeded = await succeededCount();
    watchers.push(b.sync.watch(50));
    // Replica b looks for the run again and again while a holds its lock, and leaves it alone.
    await vi.waitFor(() => expect(b.attempts()).toBeGreaterThanOrEqual(3));
    expect(b.bss.calls()).toBe(0);

    // The server ends a's session (as a restart or a cut network would): its lock goes with it.
    await postgres.admin(
      "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = $1 and objid = 1",
      [LOCK_CLASS],
    );
    await a.sync.settled();
    expect(logged(a, "sync stopped: its lock went with the connection to the database")).toBe(true);

    expect(await b.ended).toBe(runId);
    expect(logged(b, "sync taken over from another replica")).toBe(true);
    expect(await resumedCount()).toBe(before + 1);
    expect(await succeededCount()).toBe(succeeded + 1);
    // The gauges follow the run from its checkpoint, not from the pages b wrote alone.
    expect(await gauge(metrics.syncRows)).toBe(TOTAL);
    expect(await gauge(metrics.syncScopesDone)).toBe(3);
    expect(await gauge(metrics.syncScopesTotal)).toBe(3);
    await b.sync.settled();
    expect(await gauge(metrics.syncRunning)).toBe(0);
    // Replica b went on from the checkpoint: a's pages 0 and 200 of the own customers stand.
    expect(b.bss.ownPages.filter((offset) => offset < 400)).toEqual([]);
    expect(b.bss.ownPages).toContain(400);
    expect(a.finished).toEqual([]);
    await expectCompleteOnce(b, runId);
  });

  it("stops the run when PostgreSQL restarts, and one replica goes on with it once the server is back", async () => {
    const url = await freshStore();
    const [a, b] = await Promise.all([startReplica(url, huawei(400)), startReplica(url, huawei())]);
    const outcome = await a.sync.start("user");
    if (!("started" in outcome)) throw new Error(`not started: ${JSON.stringify(outcome)}`);
    const runId = outcome.started;
    await vi.waitFor(async () => expect((await a.store.progress(runId))?.rows).toBe(400));
    watchers.push(a.sync.watch(50));
    watchers.push(b.sync.watch(50));

    postgres.restart();
    await a.sync.settled();
    expect(logged(a, "sync stopped: its lock went with the connection to the database")).toBe(true);
    // Whichever replica takes the lock first finishes the run.
    a.bss.open();
    expect(await Promise.race([a.ended, b.ended])).toBe(runId);
    expect([...a.finished, ...b.finished]).toEqual([runId]);
    expect(
      logged(a, "sync taken over from another replica") ||
        logged(b, "sync taken over from another replica"),
    ).toBe(true);
    await expectCompleteOnce(a, runId);
  });
});
