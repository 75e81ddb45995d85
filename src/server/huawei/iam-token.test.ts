import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { DEMO_IAM_USER } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";
import { metrics } from "../metrics.ts";
import { connectSharedRedis, type SharedRedis } from "../shared/redis.ts";
import { freePort, startRedis, type TestRedis } from "../testing/test-redis.ts";
import { createIamTokenProvider, type IamTokenOptions } from "./iam-token.ts";
import { createSharedTokenStore } from "./shared-token.ts";

// Replicas are token providers in this process, each with its own connection to one real Redis;
// the fake BSS answers for IAM over HTTP and counts the password sign-ins it was asked for.

let server: TestRedis;
let fake: FakeBss;
const connections: SharedRedis[] = [];

beforeAll(async () => {
  server = await startRedis();
});

afterEach(async () => {
  await fake?.close();
});

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await server?.stop();
});

/** A replica's connection to the test's Redis, once it answers. */
async function connect(): Promise<SharedRedis> {
  const redis = connectSharedRedis(server.url);
  connections.push(redis);
  if (!redis.available()) {
    await new Promise<void>((resolve) => {
      const off = redis.onChange((available) => {
        if (!available) return;
        off();
        resolve();
      });
    });
  }
  return redis;
}

/** Each case has its own fake IAM, so its endpoint (part of the shared keys) is its own. */
async function startIam(): Promise<FakeBss> {
  fake = await startFakeBss({ customers: 20 });
  return fake;
}

const provider = (
  iam: FakeBss,
  redis: SharedRedis | undefined,
  overrides: Partial<IamTokenOptions> = {},
) =>
  createIamTokenProvider({
    endpoint: iam.url,
    domainName: DEMO_IAM_USER.domain,
    userName: DEMO_IAM_USER.user,
    password: DEMO_IAM_USER.password,
    timeoutMs: 2000,
    redis,
    ...overrides,
  });

const refreshes = async (outcome: "fetched" | "shared" | "failed") =>
  (await metrics.iamTokenRefreshes.get()).values.find((value) => value.labels.outcome === outcome)
    ?.value ?? 0;

async function counted<T>(run: () => Promise<T>) {
  const before = {
    fetched: await refreshes("fetched"),
    shared: await refreshes("shared"),
    failed: await refreshes("failed"),
  };
  const result = await run();
  return {
    result,
    fetched: (await refreshes("fetched")) - before.fetched,
    shared: (await refreshes("shared")) - before.shared,
    failed: (await refreshes("failed")) - before.failed,
  };
}

describe("IAM token shared through Redis", () => {
  it("is fetched once for all replicas, asking at the same time or later", async () => {
    const iam = await startIam();
    const [a, b] = [provider(iam, await connect()), provider(iam, await connect())];
    const both = await counted(() => Promise.all([a.get(), b.get()]));
    const [first, second] = both.result;
    expect(second).toBe(first);
    expect(iam.state.tokens.check(first)).toBe("valid");
    expect(iam.state.tokens.passwordAttempts).toBe(1);
    expect(both).toMatchObject({ fetched: 1, shared: 1, failed: 0 });

    const later = await counted(() => provider(iam, connections[0]).get());
    expect(later).toMatchObject({ result: first, fetched: 0, shared: 1 });
    expect(iam.state.tokens.passwordAttempts).toBe(1);
  });

  it("forgets the shared token when Huawei refused it, but not a newer one", async () => {
    const iam = await startIam();
    const [redisA, redisB] = [await connect(), await connect()];
    const [a, b] = [provider(iam, redisA), provider(iam, redisB)];
    const first = await a.get();
    expect(await b.get()).toBe(first);

    // Commands on one connection keep their order: a's next look comes after its delete.
    a.invalidate(first);
    const second = await a.get();
    expect(second).not.toBe(first);
    expect(iam.state.tokens.passwordAttempts).toBe(2);

    // b is refused the old token later: the newer shared one stays, and b takes it.
    b.invalidate(first);
    expect(await provider(iam, redisB).get()).toBe(second);
    expect(await b.get()).toBe(second);
    expect(iam.state.tokens.passwordAttempts).toBe(2);
  });

  it("holds every replica back from IAM after it refused the password", async () => {
    const iam = await startIam();
    const wrong = { password: "wrong", retryAfterMs: 60_000 };
    const [a, b] = [provider(iam, await connect(), wrong), provider(iam, await connect(), wrong)];
    const refused = await counted(() => a.get().catch((error: unknown) => error));
    expect(refused.result).toMatchObject({
      status: 502,
      code: PROXY_ERRORS.iamFailed,
      retryAfterS: 60,
    });
    expect(refused).toMatchObject({ fetched: 0, failed: 1 });

    const held = await counted(() => b.get().catch((error: unknown) => error));
    expect(held.result).toMatchObject({
      status: 502,
      code: PROXY_ERRORS.iamFailed,
      retryAfterS: 60,
    });
    expect(String(held.result)).toContain("IAM refused the password (HTTP 401)");
    expect(held).toMatchObject({ fetched: 0, failed: 0 });
    expect(iam.state.tokens.passwordAttempts).toBe(1);
  });

  it("fetches itself when the replica holding the lock never shares a token", async () => {
    const iam = await startIam();
    const redis = await connect();
    const gone = createSharedTokenStore(redis, {
      endpoint: iam.url,
      domainName: DEMO_IAM_USER.domain,
      userName: DEMO_IAM_USER.user,
    });
    expect(await gone.look("a-replica-that-stopped", 60_000)).toEqual({ kind: "locked" });

    const waited = await counted(() => provider(iam, redis, { sharedWaitMs: 300 }).get());
    expect(iam.state.tokens.check(waited.result)).toBe("valid");
    expect(waited).toMatchObject({ fetched: 1, shared: 0 });
    expect(iam.state.tokens.passwordAttempts).toBe(1);
  });

  it("lets each replica fetch its own while Redis is away", async () => {
    const iam = await startIam();
    const away = connectSharedRedis(`redis://127.0.0.1:${await freePort()}`);
    connections.push(away);
    const [a, b] = [provider(iam, away), provider(iam, away)];
    const [first, second] = await Promise.all([a.get(), b.get()]);
    expect(second).not.toBe(first);
    expect(iam.state.tokens.passwordAttempts).toBe(2);
    // Each keeps its own token as before.
    expect(await a.get()).toBe(first);
    expect(iam.state.tokens.passwordAttempts).toBe(2);
  });
});
