import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";
import { metrics } from "../metrics.ts";
import { connectSharedRedis, type SharedRedis } from "../shared/redis.ts";
import { createManualClock } from "../testing/manual-clock.ts";
import { startRedis, type TestRedis } from "../testing/test-redis.ts";
import {
  createUpstream,
  retryLabel,
  type UpstreamConfig,
  type UpstreamOptions,
} from "./upstream.ts";

let fake: FakeBss;
let server: TestRedis;
const connections: SharedRedis[] = [];

beforeAll(async () => {
  [fake, server] = await Promise.all([startFakeBss({ customers: 50 }), startRedis()]);
});

afterEach(() => {
  fake.state.faults = [];
});

afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()));
  await Promise.all([fake?.close(), server?.stop()]);
});

const upstream = (config: Partial<UpstreamConfig> = {}, options: UpstreamOptions = {}) =>
  createUpstream(
    {
      auth: { kind: "aksk", credentials: { ...DEMO_CREDENTIALS } },
      bssEndpoint: fake.url,
      iamEndpoint: fake.url,
      domainId: "demo-domain-id",
      upstreamTimeoutMs: 2000,
      upstreamDeadlineMs: 15_000,
      rateLimitPerSecond: 1000,
      maxQueuedCalls: 100,
      maxQueuedCallsPerClient: 100,
      iamRetryAfterS: 300,
      ...config,
    },
    { retry: { baseDelayMs: 1, throttleDelayMs: [1, 2] }, ...options },
  );

type Instrument = {
  get(): Promise<{ values: Array<{ labels: object; value: number; metricName?: string }> }>;
};

/** An instrument's value for exactly these labels (a histogram's `_count` when `metricName` says so). */
async function valueOf(
  instrument: Instrument,
  labels: Record<string, string>,
  metricName?: string,
): Promise<number> {
  const { values } = await instrument.get();
  const same = (other: object) =>
    JSON.stringify(Object.entries(other).sort()) === JSON.stringify(Object.entries(labels).sort());
  return (
    values.find((value) => same(value.labels) && (!metricName || value.metricName === metricName))
      ?.value ?? 0
  );
}

const caller = { client: "user:alice" };

describe("upstream metrics", () => {
  it("labels retries by a small set of reasons", () => {
    expect(retryLabel({ reason: "APIG.0308", throttled: true })).toBe("throttled");
    expect(retryLabel({ reason: "HTTP 503 CBC.0999", throttled: false })).toBe("HTTP 503");
    expect(retryLabel({ reason: "PROXY.0504", throttled: false })).toBe("PROXY.0504");
  });

  it("counts Huawei's answers, the throttled retry and the wait in the queue", async () => {
    const call = upstream();
    const api = "newCustomerTags";
    const read = () =>
      Promise.all([
        valueOf(metrics.upstreamCalls, { api, status: "429", error_code: "APIG.0308" }),
        valueOf(metrics.upstreamCalls, { api, status: "200", error_code: "" }),
        valueOf(metrics.throttleRetries, { api }),
        valueOf(metrics.upstreamRetries, { api, reason: "throttled" }),
        valueOf(
          metrics.queueWaitSeconds,
          { api, priority: "user" },
          "newtag_flow_queue_wait_seconds_count",
        ),
        valueOf(metrics.upstreamSeconds, { api }, "newtag_upstream_call_seconds_count"),
      ]);
    const before = await read();
    fake.state.faults = [
      {
        api,
        times: 1,
        fault: { kind: "status", status: 429, error_code: "APIG.0308", error_msg: "throttled" },
      },
    ];
    const answer = await call(api, { limit: 5 }, caller);
    expect(answer.status).toBe(200);
    const after = await read();
    expect(after.map((value, i) => value - (before[i] ?? 0))).toEqual([1, 1, 1, 1, 2, 2]);
    expect(await valueOf(metrics.queueDepth, { api })).toBe(0);
  });

  it("shows the circuit of an API open, half-open while one call probes, and closed again", async () => {
    const clock = createManualClock();
    const api = "subCustomers";
    const state = () => valueOf(metrics.breakerState, { api });
    let probing: Promise<number> | undefined;
    const call = upstream(
      {},
      {
        retry: { maxAttempts: 1 },
        breaker: {
          threshold: 2,
          cooldownMs: 200,
          now: clock.now,
          onProbe: () => (probing ??= state()),
        },
      },
    );
    const failed = () =>
      valueOf(metrics.upstreamCalls, { api, status: "503", error_code: "CBC.0999" });
    const failedBefore = await failed();
    fake.state.faults = [
      { api, times: 2, fault: { kind: "status", status: 503, error_code: "CBC.0999" } },
    ];
    await call(api, { limit: 5 }, caller);
    expect(await state()).toBe(0);
    await call(api, { limit: 5 }, caller);
    expect(await state()).toBe(2);
    expect((await failed()) - failedBefore).toBe(2);

    clock.advance(250);
    expect((await call(api, { limit: 5 }, caller)).status).toBe(200);
    expect(await probing).toBe(1);
    expect(await state()).toBe(0);
  });

  it("tells whether the budget is shared, and the budget in force", async () => {
    const alone = upstream({ rateLimitPerSecond: 10, replicas: 3 });
    expect([alone.flowMode(), alone.flowBudget()]).toEqual(["local", 3]);

    const redis = connectSharedRedis(server.url);
    connections.push(redis);
    await new Promise<void>((resolve) => redis.onChange((available) => available && resolve()));
    const shared = upstream({ rateLimitPerSecond: 10, replicas: 3 }, { redis });
    expect([shared.flowMode(), shared.flowBudget()]).toEqual(["shared", 10]);
    expect(await valueOf(metrics.flowShared, {})).toBe(1);
    expect(await valueOf(metrics.flowBudget, {})).toBe(10);
    expect((await shared("newCustomerTags", { limit: 5 }, caller)).status).toBe(200);
  });
});
