import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metrics } from "../metrics.ts";
import { connectSharedRedis, type SharedRedis } from "../shared/redis.ts";
import { busiestWindow } from "../testing/replica-process.ts";
import { startRedis, type TestRedis } from "../testing/test-redis.ts";
import type { CallPriority } from "./call-context.ts";
import { createFlowControl } from "./flow-control.ts";
import { createFlowSharing, type FlowMode, type FlowSharingOptions } from "./shared-gate.ts";

// Replicas of the proxy are flow controls in this process, each with its own connection to one real
// Redis. Start times are taken when `acquire` resolves, on the process's monotonic clock.

let server: TestRedis;
const connections: SharedRedis[] = [];

beforeAll(async () => {
  server = await startRedis();
});

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await server?.stop();
});

/** Resolves when the connection reports `available` (at once if it already does). */
function whenAvailable(redis: SharedRedis, available: boolean): Promise<void> {
  if (redis.available() === available) return Promise.resolve();
  return new Promise((resolve) => {
    const off = redis.onChange((now) => {
      if (now !== available) return;
      off();
      resolve();
    });
  });
}

async function connect(commandTimeoutMs = 1000): Promise<SharedRedis> {
  const redis = connectSharedRedis(server.url, { commandTimeoutMs });
  connections.push(redis);
  await whenAvailable(redis, true);
  return redis;
}

interface Start {
  at: number;
  priority: CallPriority;
  /** The replica's mode when the call started. */
  mode: FlowMode;
}

// Every start, of any replica, wakes the tests waiting for a condition on the starts.
const onStart = new Set<() => void>();

/** Resolves at the first start after which `check` holds (at once if it already does). */
function until(check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      if (!check()) return;
      onStart.delete(listener);
      resolve();
    };
    onStart.add(listener);
  });
}

/** One replica's queue for the tag API, gated through `redis`, recording its starts. */
function replica(
  redis: SharedRedis,
  keyPrefix: string,
  perSecond: number,
  options: Partial<FlowSharingOptions> = {},
) {
  const sharing = createFlowSharing({ redis, perSecond, replicas: 2, keyPrefix, ...options });
  const flow = createFlowControl({ perSecond, gate: sharing.gate("newCustomerTags") });
  const starts: Start[] = [];
  const call = async (client: string, priority: CallPriority = "user") => {
    await flow.acquire({ client, priority });
    starts.push({ at: performance.now(), priority, mode: sharing.mode() });
    for (const listener of onStart) listener();
  };
  return { redis, sharing, flow, starts, call };
}

/** Keeps each caller's calls coming, one after the other, until `stop`; collects any refusal. */
function drive(callers: Array<() => Promise<void>>) {
  const stopped = new AbortController();
  const refused: unknown[] = [];
  const loops = callers.map(async (call) => {
    while (!stopped.signal.aborted) await call().catch((error: unknown) => refused.push(error));
  });
  return {
    refused,
    async stop() {
      stopped.abort();
      await Promise.all(loops);
    },
  };
}

/** The most starts one replica made in the second up to one of its starts made in `mode`. */
function busiestEndingIn(starts: readonly Start[], mode: FlowMode, windowMs = 1000): number {
  const counts = starts
    .filter((start) => start.mode === mode)
    .map(
      (end) => starts.filter((start) => start.at > end.at - windowMs && start.at <= end.at).length,
    );
  return Math.max(0, ...counts);
}

/** The connection as the replica sees it, its availability switched by the test (Redis itself stays up). */
function switchable(redis: SharedRedis) {
  let up = true;
  const listeners = new Set<(available: boolean) => void>();
  const seen: SharedRedis = {
    ...redis,
    available: () => up,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (available: boolean) => {
    up = available;
    for (const listener of listeners) listener(available);
  };
  return { seen, set };
}

const gauge = async (instrument: typeof metrics.flowShared) =>
  (await instrument.get()).values[0]?.value;

describe("flow control shared through Redis", () => {
  it("keeps two replicas driven by many callers within perSecond in every sliding second, and uses the budget", async () => {
    const perSecond = 30;
    const a = replica(await connect(), "budget", perSecond);
    const b = replica(await connect(), "budget", perSecond);
    expect(a.sharing.mode()).toBe("shared");
    expect(a.sharing.budget()).toBe(30);
    // On each replica four users and a sync, six calls each: 60 calls, two windows' worth.
    const calls = [a, b].flatMap((r) =>
      ["alice", "bob", "carol", "dave", "sync"].flatMap((client) =>
        Array.from({ length: 6 }, () => r.call(client, client === "sync" ? "background" : "user")),
      ),
    );
    await Promise.all(calls);

    const times = [...a.starts, ...b.starts].map((start) => start.at);
    expect(times).toHaveLength(60);
    expect(busiestWindow(times)).toBe(30);
    expect([...a.starts, ...b.starts].every((start) => start.mode === "shared")).toBe(true);
    // Near the budget: two full windows, the second starting 1.05 s after the first.
    const elapsed = Math.max(...times) - Math.min(...times);
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(1700);
    expect(a.flow.waiting + b.flow.waiting).toBe(0);
  });

  it("holds a replica's background starts while another replica has users' calls waiting", async () => {
    const perSecond = 10;
    const syncing = replica(await connect(), "users-first", perSecond);
    const serving = replica(await connect(), "users-first", perSecond);
    // 15 lookups on one replica: 10 start at once, 5 wait for the next window.
    const lookups = Array.from({ length: 15 }, (_, i) => serving.call(`user-${i % 3}`));
    await until(() => serving.starts.length > 0);
    const sync = Array.from({ length: 5 }, () => syncing.call("sync", "background"));
    await Promise.all([...lookups, ...sync]);

    const lastLookup = Math.max(...serving.starts.map((start) => start.at));
    const firstSync = Math.min(...syncing.starts.map((start) => start.at));
    expect(firstSync).toBeGreaterThanOrEqual(lastLookup);
    expect(
      busiestWindow([...serving.starts, ...syncing.starts].map((start) => start.at)),
    ).toBeLessThanOrEqual(10);
  });

  it("falls back to its share while Redis is away, failing no call, and shares again when it returns", async () => {
    const perSecond = 20;
    const share = 10;
    const a = replica(await connect(), "fallback", perSecond);
    const b = replica(await connect(), "fallback", perSecond);
    const load = drive(
      [a, b].flatMap((r) => [
        () => r.call("alice"),
        () => r.call("bob"),
        () => r.call("carol"),
        () => r.call("sync", "background"),
      ]),
    );
    const all = () => [...a.starts, ...b.starts];

    await until(() => all().length >= 30);
    expect(await gauge(metrics.flowShared)).toBe(1);
    const away = Promise.all([whenAvailable(a.redis, false), whenAvailable(b.redis, false)]);
    const stoppedAt = performance.now();
    await server.stop();
    await away;
    expect([a.sharing.mode(), b.sharing.mode()]).toEqual(["fallback", "fallback"]);
    expect(a.sharing.budget()).toBe(share);
    expect(await gauge(metrics.flowShared)).toBe(0);
    expect(await gauge(metrics.flowBudget)).toBe(share);

    // More than a window's worth of starts on each replica without Redis.
    const alone = (r: typeof a) => r.starts.filter((start) => start.mode === "fallback").length;
    await until(() => alone(a) > share && alone(b) > share);

    const back = Promise.all([whenAvailable(a.redis, true), whenAvailable(b.redis, true)]);
    await server.start();
    await back;
    const returnedAt = performance.now();
    expect([a.sharing.mode(), b.sharing.mode()]).toEqual(["shared", "shared"]);
    expect(await gauge(metrics.flowShared)).toBe(1);
    const sharedAgain = (r: typeof a) =>
      r.starts.filter((start) => start.at > returnedAt && start.mode === "shared").length;
    await until(() => sharedAgain(a) >= 5 && sharedAgain(b) >= 5);
    // The new Redis holds the log of the replicas' starts.
    expect(await a.redis.client.zcard("fallback:{newCustomerTags}:starts")).toBeGreaterThan(0);
    await load.stop();

    expect(load.refused).toEqual([]);
    expect(busiestEndingIn(a.starts, "fallback")).toBeLessThanOrEqual(share);
    expect(busiestEndingIn(b.starts, "fallback")).toBeLessThanOrEqual(share);
    const before = all().filter((start) => start.at < stoppedAt);
    const after = all().filter((start) => start.at >= stoppedAt);
    expect(busiestWindow(before.map((start) => start.at))).toBeLessThanOrEqual(perSecond);
    expect(busiestWindow(after.map((start) => start.at))).toBeLessThanOrEqual(perSecond);
  });

  it("after Redis returns, keeps to the share until the starts made alone have left the window", async () => {
    const perSecond = 20;
    const share = 10;
    const [first, second] = [switchable(await connect()), switchable(await connect())];
    const a = replica(first.seen, "return", perSecond);
    const b = replica(second.seen, "return", perSecond);
    const load = drive(
      [a, b].flatMap((r) => [() => r.call("alice"), () => r.call("bob"), () => r.call("carol")]),
    );
    const alone = (r: typeof a) => r.starts.filter((start) => start.mode === "fallback").length;

    await until(() => a.starts.length + b.starts.length >= 10);
    const awayAt = performance.now();
    first.set(false);
    second.set(false);
    // Both replicas' windows are full of starts made alone when Redis returns, to one replica first.
    await until(() => alone(a) >= share && alone(b) >= share);
    const returnedAt = performance.now();
    first.set(true);
    const sharedAgain = (r: typeof a) =>
      r.starts.filter((start) => start.at > returnedAt && start.mode === "shared").length;
    await until(() => sharedAgain(a) >= 3);
    second.set(true);
    await until(() => sharedAgain(a) >= 5 && sharedAgain(b) >= 5);
    await load.stop();
    expect(load.refused).toEqual([]);

    const after = [...a.starts, ...b.starts].filter((start) => start.at >= awayAt);
    expect(busiestWindow(after.map((start) => start.at))).toBeLessThanOrEqual(perSecond);
  });

  it("treats a command that times out as Redis away, and shares again once Redis answers", async () => {
    const a = replica(await connect(300), "slow", 20, { retryMs: 200 });
    const load = drive([() => a.call("alice"), () => a.call("bob")]);
    await until(() => a.starts.length >= 5);

    // Redis holds every client's commands for a while: connected, but not answering.
    const pauser = await connect();
    await pauser.client.call("CLIENT", "PAUSE", "700", "ALL");
    await until(() => a.sharing.mode() === "fallback");
    expect(a.redis.available()).toBe(true);
    await until(() => a.sharing.mode() === "shared");
    await load.stop();

    expect(load.refused).toEqual([]);
    expect(busiestEndingIn(a.starts, "fallback")).toBeLessThanOrEqual(10);
  });
});
