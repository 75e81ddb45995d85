import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { readySchema } from "#contract/proxy-api";
import { lookUp, type Replica, startReplica } from "#server/testing/replica-process";
import { freePort, startRedis, type TestRedis } from "#server/testing/test-redis";
import { DEMO_CREDENTIALS } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";

// The production process's wiring of readiness, the metrics listener, the audit log and Redis:
// one replica in front of a fake BSS, asked the way a load balancer, Prometheus and an auditor do.

const TOKEN = "scrape-token-8c1f5a2e9b";
const IDS = ["a6f1c0e2b3d44e5f8a9b0c1d2e3f4a5b", "0f9e8d7c6b5a49382716a5b4c3d2e1f0"];

let redis: TestRedis;
let fake: FakeBss;
let replica: Replica;
let dir: string;
let auditFile: string;
let metricsUrl: string;

const ready = async () => {
  const response = await fetch(`${replica.base}/api/ready`);
  return { status: response.status, body: readySchema.parse(await response.json()) };
};

const scrape = async () =>
  (await fetch(metricsUrl, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();

beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakeBss({ customers: 50 })]);
  dir = mkdtempSync(join(tmpdir(), "observability-"));
  auditFile = join(dir, "audit", "proxy.log");
  const [port, metricsPort] = [await freePort(), await freePort()];
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  replica = startReplica("solo", {
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
    METRICS_TOKEN: TOKEN,
    AUDIT_LOG_FILE: auditFile,
    REDIS_URL: redis.url,
    STORE: "off",
    BSS_ENDPOINT: fake.url,
    HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
    HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
  });
  await replica.ready;
}, 60_000);

afterAll(async () => {
  await replica?.kill();
  await fake?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("one replica with Redis, metrics and an audit file", () => {
  it("is ready once Redis answers, with the flow control shared and every breaker closed", async () => {
    await vi.waitFor(async () => expect((await ready()).body.checks.redis).toBe("ok"));
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: "ready",
        checks: {
          store: "off",
          redis: "ok",
          upstream: {
            newCustomerTags: "closed",
            indirectPartners: "closed",
            subCustomers: "closed",
          },
        },
        flow: { mode: "shared", per_second: 10 },
        replica: expect.any(String),
      },
    });
  });

  it("serves Prometheus only with the token: Redis up, and the lookup counted by its route", async () => {
    expect((await lookUp(replica, IDS)).status).toBe(200);
    expect((await fetch(metricsUrl)).status).toBe(401);
    const text = await scrape();
    expect(text).toContain("\nnewtag_redis_up 1\n");
    expect(text).toContain(
      `newtag_http_request_seconds_count{method="POST",route="/api${BSS_PATHS.newCustomerTags}",status="200"} 1\n`,
    );
  });

  it("is degraded, still 200, while Redis is away, and says so in the metrics", async () => {
    await redis.stop();
    await vi.waitFor(async () => expect((await ready()).body.checks.redis).toBe("fallback"));
    const answer = await ready();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "degraded", flow: { mode: "fallback" } });
    await vi.waitFor(async () => expect(await scrape()).toContain("\nnewtag_redis_up 0\n"));
  });

  it("on SIGTERM exits 0 with the audit line written and the metrics listener closed", async () => {
    const exited = once(replica.child, "exit");
    replica.child.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);

    const lines = readFileSync(auditFile, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? "") as Record<string, unknown>;
    expect(line).toEqual({
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      request: expect.any(String),
      user: "anonymous",
      ip: "127.0.0.1",
      action: "lookup",
      scope: "own",
      ids: 2,
      status: 200,
    });
    for (const id of IDS) expect(lines[0]).not.toContain(id);
    await expect(fetch(metricsUrl)).rejects.toThrow("fetch failed");
  });
});
