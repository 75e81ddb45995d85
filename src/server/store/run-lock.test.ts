import { describe, expect, it, vi } from "vitest";
import { withTestServer } from "../testing/test-postgres.ts";
import type { Database } from "./database.ts";
import { createRunLock, LOCK_CLASS } from "./run-lock.ts";

// The run lock on a real PostgreSQL server: each Database is one replica's pool.

const server = withTestServer();
const replica = () => server.open();

/** Ends the server session holding the run lock, as a restarted server or a cut network would. */
const dropLockConnection = () =>
  server.postgres.admin(
    "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = $1 and objid = 1",
    [LOCK_CLASS],
  );

const lockWaiters = async () =>
  (
    await server.postgres.admin<{ count: number }>(
      "select count(*)::int as count from pg_locks where locktype = 'advisory' and classid = $1 and objid = 1 and not granted",
      [LOCK_CLASS],
    )
  )[0]?.count;

describe("the run lock on a PostgreSQL server", () => {
  it("is held by one replica at a time, and taken by another once given back", async () => {
    const [a, b] = [createRunLock(await replica()), createRunLock(await replica())];
    const held = await a.take();
    expect(held).toBeDefined();
    expect(await b.take()).toBeUndefined();
    expect(await held?.confirm()).toBe(true);
    await held?.release();
    const next = await b.take();
    expect(next).toBeDefined();
    expect(await a.take()).toBeUndefined();
    await next?.release();
  });

  it("waits for a holder that gives it back, and gives up on one that keeps it", async () => {
    const [a, b] = [createRunLock(await replica()), createRunLock(await replica())];
    const held = await a.take();
    expect(await b.take(200)).toBeUndefined();
    const waiting = b.take(30_000);
    await vi.waitFor(async () => expect(await lockWaiters()).toBe(1));
    await held?.release();
    const next = await waiting;
    expect(next).toBeDefined();
    await next?.release();
    // The wait's timeout stayed in its transaction: the pool's connections have the server's default.
    const db = await replica();
    expect(await db.query("show lock_timeout")).toEqual([{ lock_timeout: "0" }]);
  });

  it("is lost when its connection drops, and the server frees it for another replica", async () => {
    const [a, b] = [
      createRunLock(await replica(), { checkMs: 60_000 }),
      createRunLock(await replica()),
    ];
    const held = await a.take();
    if (!held) throw new Error("the lock was not taken");
    const lost = new Promise((resolve) =>
      held.lost.addEventListener("abort", resolve, { once: true }),
    );
    await dropLockConnection();
    await lost;
    expect(await held.confirm()).toBe(false);
    const next = await b.take();
    expect(next).toBeDefined();
    await held.release();
    await next?.release();
  });
});

describe("the run lock of the embedded store", () => {
  it("is always granted: one process runs one run at a time", async () => {
    const none = async () => [];
    const embedded: Database = {
      kind: "embedded",
      where: "memory",
      query: none,
      transaction: (work) => work({ query: none }),
      close: async () => {},
    };
    const lock = createRunLock(embedded);
    const [first, second] = await Promise.all([lock.take(), lock.take()]);
    expect(first?.lost.aborted).toBe(false);
    expect(await second?.confirm()).toBe(true);
  });
});
