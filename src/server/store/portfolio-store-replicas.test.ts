import { describe, expect, it } from "vitest";
import type { NewCustomerTag } from "#contract/huawei-api";
import { withTestServer } from "../testing/test-postgres.ts";
import { MIGRATIONS, migrate } from "./migrations.ts";
import { createPortfolioStore, OWN_SCOPE, type PortfolioStore } from "./portfolio-store.ts";

// Two replicas' stores writing to one PostgreSQL server at the same moment: each replica writes
// through its own pool, so nothing in either process keeps their writes apart.

const tag = (id: string): NewCustomerTag => ({
  customer_id: id,
  customer_tag_type: "SMB",
  new_customer_tag: "Y",
  effective_time: "2026-01-31T16:00:00Z",
  expire_time: "2026-12-31T16:00:00Z",
});
const page = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => tag(`c-${from + index}`));

const server = withTestServer();

/** Two replicas' stores on a fresh database of the server. */
async function twoReplicas(): Promise<[PortfolioStore, PortfolioStore]> {
  const url = await server.postgres.createDatabase();
  const [a, b] = await Promise.all([server.open(url), server.open(url)]);
  await migrate(a);
  return [createPortfolioStore(a), createPortfolioStore(b)];
}

const eventsOf = async (store: PortfolioStore) =>
  (await store.changes(new Date(0))).changes
    .map((change) => `${change.kind} ${change.customer_id}`)
    .sort();

describe("the store shared by two replicas", () => {
  it("writes a page two replicas write at once one time: one is ignored, each customer has one event", async () => {
    const [a, b] = await twoReplicas();
    const runId = await a.startRun("schedule");
    if (!runId) throw new Error("no run");
    await a.setScopes(runId, [OWN_SCOPE]);
    const written = await Promise.all([
      a.writePage(runId, OWN_SCOPE, 0, page(0, 200), false),
      b.writePage(runId, OWN_SCOPE, 0, page(0, 200), false),
    ]);
    expect(written.sort()).toEqual([false, true]);
    // And the last page, with the customers it did not see marked gone, once.
    const last = await Promise.all([
      b.writePage(runId, OWN_SCOPE, 200, page(200, 3), true),
      a.writePage(runId, OWN_SCOPE, 200, page(200, 3), true),
    ]);
    expect(last.sort()).toEqual([false, true]);
    const events = await eventsOf(a);
    expect(events).toHaveLength(203);
    expect(new Set(events).size).toBe(203);
    expect(events.every((event) => event.startsWith("new "))).toBe(true);
    expect(await a.progress(runId)).toEqual({ rows: 203, scopesDone: 1, scopesTotal: 1 });
  });

  it("records a customer new to the store once when a lookup on one replica and a sync page on the other both bring it", async () => {
    const [a, b] = await twoReplicas();
    const runId = await a.startRun("schedule");
    if (!runId) throw new Error("no run");
    await a.setScopes(runId, [OWN_SCOPE]);
    // Each round brings customers neither replica has stored yet, through both at the same moment.
    for (let round = 0; round < 10; round++) {
      const customers = page(round * 20, 20);
      await Promise.all([
        a.recordObserved(OWN_SCOPE, customers),
        b.writePage(runId, OWN_SCOPE, round * 20, customers, false),
        b.recordObserved(OWN_SCOPE, customers.slice(10)),
      ]);
    }
    const events = await eventsOf(a);
    expect(events).toHaveLength(200);
    expect(new Set(events).size).toBe(200);
  });

  it("closes a run once: the second replica to finish it is told it was closed already", async () => {
    const [a, b] = await twoReplicas();
    const runId = await a.startRun("user");
    if (!runId) throw new Error("no run");
    const [first, second] = await Promise.all([
      a.finishRun(runId, "succeeded"),
      b.finishRun(runId, "failed"),
    ]);
    const closed = [first, second].filter((run) => run !== undefined);
    expect(closed).toHaveLength(1);
    expect((await a.currentRun())?.status).toBe(closed[0]?.status);
  });
});

describe("replicas starting together on a new server", () => {
  it("apply the migrations once: the second finds them applied", async () => {
    const url = await server.postgres.createDatabase();
    const [a, b] = await Promise.all([server.open(url), server.open(url)]);
    const applied = await Promise.all([migrate(a), migrate(b)]);
    const all = MIGRATIONS.map((migration) => migration.version);
    expect(applied.sort((x, y) => y.length - x.length)).toEqual([all, []]);
  });
});
