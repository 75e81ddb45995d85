import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SharedRedis, connectSharedRedis } from "../shared/redis.ts";
import { capturedLogger } from "../testing/captured-logger.ts";
import { availability, type TestRedis, startRedis } from "../testing/test-redis.ts";
import { type SignInCounter, createSharedSignInLimiter } from "./shared-sign-in-limiter.ts";
import type { SignInLimits } from "./sign-in-limiter.ts";

const buildLimits = (overrides: Partial<SignInLimits> = {}): SignInLimits => ({
  perAddress: 5,
  windowMs: 60_000,
  perNameFree: 3,
  nameBackoffMs: 1000,
  nameBackoffMaxMs: 8000,
  ...overrides,
});

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

type CreateLimiter = (limits: SignInLimits, now: () => number) => SignInCounter;

/** The rules, the same literal cases for every place the counts are kept. */
function limiterCases(create: CreateLimiter) {
  it("admits exactly the allowance of simultaneous attempts from one address", async () => {
    const limiter = create(buildLimits(), clock().now);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => limiter.admit("203.0.113.7", `name-${i}`)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results[5]).toEqual({ ok: false, limit: "address", retryAfterMs: 60_000 });
  });

  it("counts one IPv6 /64 as one address", async () => {
    const limiter = create(buildLimits(), clock().now);
    const admitted = await Promise.all(
      Array.from({ length: 20 }, (_, i) => limiter.admit(`2001:db8:1:2::${i + 1}`, `name-${i}`)),
    );
    expect(admitted.filter((r) => r.ok)).toHaveLength(5);
    expect((await limiter.admit("2001:db8:1:3::1", "other")).ok).toBe(true);
  });

  it("makes one name wait exponentially longer, whatever the addresses", async () => {
    const time = clock();
    const limiter = create(buildLimits(), time.now);
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) => limiter.admit(`198.51.100.${i + 1}`, "alice")),
    );
    expect(tries.filter((r) => r.ok)).toHaveLength(3);
    expect(tries[3]).toEqual({ ok: false, limit: "name", retryAfterMs: 1000 });
    time.advance(1000);
    expect((await limiter.admit("198.51.100.99", "alice")).ok).toBe(true);
    expect(await limiter.admit("198.51.100.98", "alice")).toEqual({
      ok: false,
      limit: "name",
      retryAfterMs: 2000,
    });
    time.advance(2000);
    expect((await limiter.admit("198.51.100.97", "alice")).ok).toBe(true);
    expect(await limiter.admit("198.51.100.96", "alice")).toEqual({
      ok: false,
      limit: "name",
      retryAfterMs: 4000,
    });
  });

  it("caps the wait of a name", async () => {
    const time = clock();
    const limiter = create(buildLimits({ perAddress: 1000 }), time.now);
    for (let i = 0; i < 10; i++) {
      await limiter.admit(`198.51.100.${i}`, "alice");
      time.advance(8000);
    }
    expect((await limiter.admit("198.51.100.50", "alice")).ok).toBe(true);
    expect(await limiter.admit("198.51.100.51", "alice")).toEqual({
      ok: false,
      limit: "name",
      retryAfterMs: 8000,
    });
  });

  it("takes back a successful attempt and lets its name start afresh", async () => {
    const limiter = create(buildLimits(), clock().now);
    await limiter.admit("203.0.113.7", "alice");
    await limiter.admit("203.0.113.7", "alice");
    const right = await limiter.admit("203.0.113.7", "alice");
    if (!right.ok) throw new Error("expected admission");
    await limiter.succeeded(right.ticket);
    const more = await Promise.all(
      Array.from({ length: 5 }, () => limiter.admit("203.0.113.8", "alice")),
    );
    expect(more.filter((r) => r.ok)).toHaveLength(3);
    expect((await limiter.admit("203.0.113.7", "bob")).ok).toBe(true);
    expect((await limiter.admit("203.0.113.7", "carol")).ok).toBe(true);
    expect((await limiter.admit("203.0.113.7", "dave")).ok).toBe(true);
    expect((await limiter.admit("203.0.113.7", "erin")).ok).toBe(false);
  });

  it("takes back an attempt that was never checked", async () => {
    const limiter = create(buildLimits(), clock().now);
    for (let i = 0; i < 4; i++) await limiter.admit("203.0.113.7", `name-${i}`);
    const unchecked = await limiter.admit("203.0.113.7", "alice");
    if (!unchecked.ok) throw new Error("expected admission");
    await limiter.withdraw(unchecked.ticket);
    expect((await limiter.admit("203.0.113.7", "bob")).ok).toBe(true);
    expect(await limiter.admit("203.0.113.7", "carol")).toEqual({
      ok: false,
      limit: "address",
      retryAfterMs: 60_000,
    });
  });

  it("forgets failures once the window has passed", async () => {
    const time = clock();
    const limiter = create(buildLimits(), time.now);
    for (let i = 0; i < 5; i++) await limiter.admit("203.0.113.7", `name-${i}`);
    expect((await limiter.admit("203.0.113.7", "x")).ok).toBe(false);
    time.advance(60_001);
    expect((await limiter.admit("203.0.113.7", "x")).ok).toBe(true);
  });

  it("does not lock a user out at an address they signed in from before", async () => {
    const limiter = create(buildLimits(), clock().now);
    const earlier = await limiter.admit("203.0.113.7", "alice");
    if (!earlier.ok) throw new Error("expected admission");
    await limiter.succeeded(earlier.ticket);
    for (let i = 0; i < 10; i++) await limiter.admit(`198.51.100.${i}`, "alice");
    expect((await limiter.admit("198.51.100.50", "alice")).ok).toBe(false);
    expect((await limiter.admit("203.0.113.7", "alice")).ok).toBe(true);
  });
}

describe("sign-in limiter, in this process", () => {
  limiterCases((limits, now) => createSharedSignInLimiter(limits, { now }));
});

describe("sign-in limiter, shared through Redis", () => {
  let server: TestRedis;
  let redis: SharedRedis;
  let other: SharedRedis;
  let logs: string[];
  const shared: CreateLimiter = (limits, now) => {
    const captured = capturedLogger();
    logs = captured.logs;
    return createSharedSignInLimiter(limits, { now, redis, log: captured.logger });
  };

  beforeAll(async () => {
    server = await startRedis();
    redis = connectSharedRedis(server.url);
    other = connectSharedRedis(server.url);
    await Promise.all([availability(redis, true), availability(other, true)]);
  });
  beforeEach(async () => {
    await redis.client.flushall();
    logs = [];
  });
  // Every case must have been counted in Redis: a command that failed would have been logged.
  afterEach(() => {
    if (logs.length > 0) throw new Error(`counted outside Redis: ${logs.join("")}`);
  });
  afterAll(async () => {
    await Promise.all([redis?.close(), other?.close()]);
    await server?.stop();
  });

  limiterCases(shared);

  it("counts the attempts at every replica together", async () => {
    const time = clock();
    const first = shared(buildLimits(), time.now);
    const second = createSharedSignInLimiter(buildLimits(), { now: time.now, redis: other });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? first : second).admit("203.0.113.7", `name-${i}`),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await second.admit("198.51.100.1", "name-0")).toMatchObject({ ok: true });
  });

  it("keeps only a digest of the names in Redis", async () => {
    const limiter = shared(buildLimits(), clock().now);
    await limiter.admit("203.0.113.7", "correct horse battery staple");
    const keys = await redis.client.keys("*");
    expect(keys).toHaveLength(2);
    expect(keys.join("\n")).not.toContain("horse");
    expect(keys).toContain("newtag:sign-in:address:203.0.113.7");
  });

  it("counts in this process when a Redis command fails, saying so once", async () => {
    const limiter = shared(buildLimits(), clock().now);
    // A key of the wrong type makes every admission's script fail.
    await redis.client.set("newtag:sign-in:address:203.0.113.7", "not a sorted set");
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await limiter.admit("203.0.113.7", `name-${i}`));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false, false]);
    expect(logs.map((line) => JSON.parse(line) as { msg: string }).map((line) => line.msg)).toEqual(
      [
        "A Redis command for failed sign-ins failed: this replica counts on its own until one succeeds",
      ],
    );
    logs.length = 0;
  });

  it("counts in this process while Redis is away, and in Redis again once it is back", async () => {
    const limiter = shared(buildLimits(), clock().now);
    await server.stop();
    await availability(redis, false);
    const away = [];
    for (let i = 0; i < 6; i++) away.push(await limiter.admit("203.0.113.7", `name-${i}`));
    expect(away.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);

    // What counts is the replicas' own reconnection: start() settles on its own readiness check,
    // which may come before or after it (or not at all while Redis hides its "ready" line).
    void server.start();
    await availability(redis, true);
    // The restarted Redis is empty: its count, not this process's, decides.
    expect(await limiter.admit("203.0.113.7", "name-6")).toMatchObject({
      ok: true,
      ticket: { attempt: expect.any(String) },
    });
    expect(await redis.client.zcard("newtag:sign-in:address:203.0.113.7")).toBe(1);
  });
});
