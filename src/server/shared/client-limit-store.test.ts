import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { type AppServer, startAppReplicas } from "../testing/app-server.ts";
import { countStatuses, postFrom } from "../testing/raw-http.ts";
import { availability, type TestRedis, startRedis } from "../testing/test-redis.ts";
import { createLocalWindows, sharedClientLimitStore } from "./client-limit-store.ts";
import type { SharedRedis } from "./redis.ts";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("local windows", () => {
  it("count a key's requests in a window that starts at its first", () => {
    const time = clock();
    const windows = createLocalWindows(time.now);
    expect(windows.incr("203.0.113.7", 60_000)).toEqual({ current: 1, ttl: 60_000 });
    time.advance(1000);
    expect(windows.incr("203.0.113.7", 60_000)).toEqual({ current: 2, ttl: 59_000 });
    expect(windows.incr("198.51.100.1", 60_000)).toEqual({ current: 1, ttl: 60_000 });
    time.advance(58_999);
    expect(windows.incr("203.0.113.7", 60_000)).toEqual({ current: 3, ttl: 1 });
    time.advance(1);
    expect(windows.incr("203.0.113.7", 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it("forget the least recently counted key past their size", () => {
    const windows = createLocalWindows(clock().now, 2);
    windows.incr("a", 60_000);
    windows.incr("b", 60_000);
    windows.incr("a", 60_000);
    windows.incr("c", 60_000);
    expect(windows.incr("a", 60_000)).toEqual({ current: 3, ttl: 60_000 });
    expect(windows.incr("b", 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });
});

describe("the shared per-client store", () => {
  it("refuses the options it does not count by", () => {
    const redis = { available: () => false } as unknown as SharedRedis;
    const Store = sharedClientLimitStore(redis);
    expect(() => new Store({ continueExceeding: true } as never)).toThrow(/fixed windows/);
  });
});

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;
const LIMIT = 4;


describe("per-client limits of two replicas sharing Redis", () => {
  let server: TestRedis;
  let replicas: AppServer[] = [];
  let connections: SharedRedis[] = [];
  let closeReplicas = async () => {};

  /** `count` lookups from `from` at once, spread over both replicas in turn. */
  const lookups = (count: number, from: string) =>
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        postFrom(replicas[i % 2]?.url ?? "", TAGS, { limit: 1 }, { localAddress: from }),
      ),
    );

  beforeAll(async () => {
    server = await startRedis();
    ({ replicas, connections, close: closeReplicas } = await startAppReplicas(server.url, {
      config: { mode: "live", clientRateLimitPerMinute: LIMIT },
    }));
  });
  afterAll(async () => {
    await closeReplicas();
    await server?.stop();
  });

  it("allow a client 4 requests a minute in all, answering the rest with the usual 429", async () => {
    const answers = await lookups(20, "127.0.0.1");
    expect(countStatuses(answers)).toEqual({ 200: 4, 429: 16 });
    const refused = answers.find((answer) => answer.status === 429);
    const wait = Number(refused?.headers["retry-after"]);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused?.body).toEqual({
      error_code: "PROXY.0429",
      error_msg: `Too many requests from this client: at most 4 per minute; try again in ${wait} s`,
      retry_after_s: wait,
    });
    // Another client has its own count.
    expect(countStatuses(await lookups(2, "127.0.0.5"))).toEqual({ 200: 2 });
  });

  it("count on each replica alone when a Redis command fails, and say so", async () => {
    const [first] = connections;
    // A key of the wrong type makes this client's count fail in Redis.
    await first?.client.hset(`newtag:client-limit:POST ${TAGS}:127.0.0.4`, "count", "1");
    expect(countStatuses(await lookups(10, "127.0.0.4"))).toEqual({ 200: 8, 429: 2 });
    for (const replica of replicas) {
      const warnings = replica.logs.filter((line) =>
        line.includes("A Redis command for per-client limits failed"),
      );
      expect(warnings).toHaveLength(1);
    }
  });

  it("answer every request while Redis is away, each replica counting its own", async () => {
    await server.stop();
    await Promise.all(connections.map((redis) => availability(redis, false)));
    expect(countStatuses(await lookups(10, "127.0.0.2"))).toEqual({ 200: 8, 429: 2 });
  });

  it("count together again once Redis is back", async () => {
    // What counts is the replicas' own reconnection: start() settles on its own readiness check,
    // which may come before or after it (or not at all while Redis hides its "ready" line).
    void server.start();
    await Promise.all(connections.map((redis) => availability(redis, true)));
    expect(countStatuses(await lookups(10, "127.0.0.3"))).toEqual({ 200: 4, 429: 6 });
  });
});
