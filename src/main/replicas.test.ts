import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readySchema } from "#contract/proxy-api";
import { busiestWindow, bulkLookUp, type LookupAnswer, type Replica, startReplica, twoReplicasEnv } from "#server/testing/replica-process";
import { startPostgres, type TestPostgres } from "#server/testing/test-postgres";
import { freePort, startRedis, type TestRedis } from "#server/testing/test-redis";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";

// Two replicas of the proxy behind one load balancer, sharing Redis and PostgreSQL, against a fake
// BSS that throttles at Huawei's 10 calls/s: each replica's users run a bulk lookup at once.

const RATE = 10;
let redis: TestRedis;
let postgres: TestPostgres;
let fake: FakeBss;
const replicas: Replica[] = [];

interface LoggedCall {
  at: number;
  api: string;
  throttled: boolean;
}

const callsSince = async (from: number): Promise<LoggedCall[]> => {
  const { calls } = (await (await fetch(`${fake.url}/__fake/calls`)).json()) as { calls: LoggedCall[] };
  return calls.filter((call) => call.api === "newCustomerTags" && call.at >= from);
};

const ready = async (replica: Replica) => {
  const response = await fetch(`${replica.base}/api/ready`);
  return { status: response.status, body: readySchema.parse(await response.json()) };
};

const metricsOf = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

/** Resolves when the replica has said `pattern` in its log, already or from now on. */
const said = (replica: Replica, pattern: RegExp) => (pattern.test(replica.output()) ? Promise.resolve() : replica.nextOutput(pattern));

const chunks = (ids: readonly string[], size: number) =>
  Array.from({ length: Math.ceil(ids.length / size) }, (_, index) => ids.slice(index * size, (index + 1) * size));

/** Every ID asked for came back in an answer, and every answer was a 200. */
function expectAllAnswered(answers: readonly LookupAnswer[], asked: readonly string[]) {
  expect(answers.map((answer) => answer.status).filter((status) => status !== 200)).toEqual([]);
  const answered = new Set(answers.flatMap((answer) => answer.ids));
  expect(asked.filter((id) => !answered.has(id))).toEqual([]);
}

beforeAll(async () => {
  [redis, postgres, fake] = await Promise.all([startRedis(), startPostgres(), startFakeBss({ rateLimitPerSecond: RATE, customers: 40_000 })]);
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.kill()));
  await fake?.close();
  await redis?.stop();
  postgres?.stop();
});

describe("two replicas sharing Redis", () => {
  it(
    "stay within 10 calls/s together with no throttling, and fall back to 5 calls/s each while Redis is away",
    { timeout: 240_000 },
    async () => {
      const metricsPorts: number[] = [];
      for (const name of ["a", "b"]) {
        const [port, metricsPort] = [await freePort(), await freePort()];
        metricsPorts.push(metricsPort);
        const replica = startReplica(name, {
          ...twoReplicasEnv(fake.url, redis.url, RATE),
          PORT: String(port),
          METRICS_PORT: String(metricsPort),
          DATABASE_URL: postgres.url,
          SYNC_SCHEDULE: "off",
          // Redis's arrival and return are info lines: the test waits for them.
          LOG_LEVEL: "info",
        });
        replicas.push(replica);
        // One after the other: the second finds the store migrated.
        await replica.ready;
      }
      const [a, b] = replicas as [Replica, Replica];
      await Promise.all(replicas.map((replica) => said(replica, /Redis connected/)));
      for (const replica of replicas) expect((await ready(replica)).body.checks.redis).toBe("ok");

      const own = fake.state.bss.dataset.customers.filter((customer) => customer.resellerId === undefined).map((customer) => customer.tag.customer_id);
      // Each replica's user asks for 3,000 IDs (15 batches of 200), four batches at a time.
      const [first, second, third, fourth] = chunks(own, 3000) as [string[], string[], string[], string[]];
      expect(fourth.length).toBe(3000);

      const started = Date.now();
      const [answersA, answersB] = await Promise.all([bulkLookUp(a, chunks(first, 200), 4), bulkLookUp(b, chunks(second, 200), 4)]);
      expectAllAnswered(answersA, first);
      expectAllAnswered(answersB, second);
      const shared = await callsSince(started);
      expect(shared).toHaveLength(30);
      expect(shared.filter((call) => call.throttled)).toEqual([]);
      expect(busiestWindow(shared.map((call) => call.at))).toBeLessThanOrEqual(RATE);

      // Redis stops in the middle of the next bulk lookups.
      const fallbackFrom = Date.now();
      let answered = 0;
      let stopping: Promise<void> | undefined;
      const onAnswer = () => {
        answered += 1;
        if (answered === 6) stopping = redis.stop();
      };
      const [fallbackA, fallbackB] = await Promise.all([
        bulkLookUp(a, chunks(third, 200), 4, onAnswer),
        bulkLookUp(b, chunks(fourth, 200), 4, onAnswer),
      ]);
      await stopping;
      expectAllAnswered(fallbackA, third);
      expectAllAnswered(fallbackB, fourth);
      const fallback = await callsSince(fallbackFrom);
      expect(fallback).toHaveLength(30);
      expect(fallback.filter((call) => call.throttled)).toEqual([]);
      expect(busiestWindow(fallback.map((call) => call.at))).toBeLessThanOrEqual(RATE);

      for (const [index, replica] of replicas.entries()) {
        const { status, body } = await ready(replica);
        expect(status).toBe(200);
        expect(body).toMatchObject({ status: "degraded", checks: { redis: "fallback" }, flow: { mode: "fallback", per_second: RATE / 2 } });
        const metrics = await metricsOf(metricsPorts[index] ?? 0);
        expect(metrics).toMatch(/^newtag_redis_up 0$/m);
        expect(metrics).toMatch(/^newtag_flow_shared 0$/m);
        expect(metrics).toMatch(/^newtag_flow_budget_per_second 5$/m);
      }

      // Redis returns: both replicas share again.
      const back = replicas.map((replica) => replica.nextOutput(/Redis answers again/));
      await redis.start();
      await Promise.all(back);
      for (const [index, replica] of replicas.entries()) {
        expect((await ready(replica)).body).toMatchObject({ status: "ready", checks: { redis: "ok" }, flow: { mode: "shared", per_second: RATE } });
        expect(await metricsOf(metricsPorts[index] ?? 0)).toMatch(/^newtag_flow_shared 1$/m);
      }
    },
  );
});
