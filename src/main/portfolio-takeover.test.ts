import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { changesSchema, portfolioSchema } from "#contract/portfolio-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { getJson, type Replica, startReplica, syncUntil } from "#server/testing/replica-process";
import { startPostgres, type TestPostgres } from "#server/testing/test-postgres";
import { freePort } from "#server/testing/test-redis";
import { DEMO_CREDENTIALS } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";

// Two proxy processes (replicas) sharing one PostgreSQL server, in front of a fake BSS: the one
// running the sync dies, and the other goes on with the run.

const replicas: Replica[] = [];
let postgres: TestPostgres;
let fake: FakeBss;
beforeAll(async () => {
  // A fast fake so the test is short; the sync's calls still go through the proxy's flow control.
  [postgres, fake] = await Promise.all([startPostgres(), startFakeBss({ rateLimitPerSecond: 40 })]);
});
afterEach(async () => {
  await Promise.all(replicas.splice(0).map((replica) => replica.kill()));
});
afterAll(async () => {
  await fake?.close();
  postgres?.stop();
});

function startOne(name: string, env: Record<string, string>): Replica {
  const replica = startReplica(name, env);
  replicas.push(replica);
  return replica;
}

describe("the portfolio's sync on two replicas sharing one PostgreSQL server", () => {
  it(
    "is taken over from its checkpoint when its replica is SIGKILLed: every customer once, no duplicate change event",
    { timeout: 180_000 },
    async () => {
      const customers = fake.state.bss.dataset.customers.length;
      const env = {
        BSS_ENDPOINT: fake.url,
        HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
        HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
        BSS_RATE_LIMIT_PER_SECOND: "40",
        DATABASE_URL: await postgres.createDatabase(),
        SYNC_SCHEDULE: "off",
      };
      const first = startOne("a", { ...env, PORT: String(await freePort()) });
      // The other replica says when it takes the run over (an info line).
      const second = startOne("b", { ...env, PORT: String(await freePort()), LOG_LEVEL: "info" });
      await Promise.all([first.ready, second.ready]);

      const started = await fetch(`${first.base}/api/portfolio/sync`, {
        method: "POST",
        headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
      });
      expect(started.status).toBe(202);
      // Killed in the middle: some pages written, most not.
      const midway = await syncUntil(first.base, (run) => run.rows >= 2000);
      expect(midway.status).toBe("running");
      // While the first replica runs it, the second answers that it is running.
      const refused = await fetch(`${second.base}/api/portfolio/sync`, {
        method: "POST",
        headers: { [CSRF_HEADER.name]: CSRF_HEADER.value },
      });
      expect(refused.status).toBe(409);
      await first.kill();

      const finished = await syncUntil(second.base, (run) => run.status !== "running");
      expect(finished).toMatchObject({
        run_id: midway.run_id,
        status: "succeeded",
        errors: [],
        scopes_done: 5,
        scopes_total: 5,
      });
      expect(finished.rows).toBe(customers);
      expect(second.output()).toContain("sync taken over from another replica");

      const portfolio = portfolioSchema.parse(await getJson(`${second.base}/api/portfolio`));
      expect(portfolio.complete).toBe(true);
      const ids = portfolio.rows.map((row) => row.customer_id);
      expect(ids).toHaveLength(customers);
      expect(new Set(ids).size).toBe(customers);

      const { changes } = changesSchema.parse(
        await getJson(`${second.base}/api/portfolio/changes?since=2000-01-01`),
      );
      expect(changes.every((change) => change.kind === "new")).toBe(true);
      expect(changes).toHaveLength(customers);
      expect(new Set(changes.map((change) => change.customer_id)).size).toBe(customers);
    },
  );
});
