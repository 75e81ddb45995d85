import { beforeEach, describe, expect, it } from "vitest";
import type { NewCustomerTag } from "#contract/huawei-api";
import { portfolioSchema } from "#contract/portfolio-api";
import { withTestDatabase } from "../testing/test-database.ts";
import { createPortfolioStore, OWN_SCOPE, type PortfolioStore } from "./portfolio-store.ts";

const RESELLER = "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6";
const tag = (id: string, over: Partial<NewCustomerTag> = {}): NewCustomerTag => ({
  customer_id: id,
  customer_tag_type: "SMB",
  new_customer_tag: "Y",
  effective_time: "2026-01-31T16:00:00Z",
  expire_time: "2026-12-31T16:00:00Z",
  ...over,
});

const fixture = withTestDatabase();
let store: PortfolioStore;
let now: Date;
const at = (iso: string) => {
  now = new Date(iso);
};

beforeEach(() => {
  at("2026-12-01T00:00:00Z");
  store = createPortfolioStore(fixture.db, () => new Date(now));
});

/** One whole sync of the given scopes, one page each. */
async function sync(pages: Record<string, NewCustomerTag[]>): Promise<string> {
  const runId = await store.startRun("user");
  if (!runId) throw new Error("a run is already going");
  await store.setScopes(runId, Object.keys(pages));
  for (const [scope, tags] of Object.entries(pages)) await store.writePage(runId, scope, 0, tags, true);
  await store.finishRun(runId, "succeeded");
  return runId;
}

const kinds = async (since = "1970-01-01T00:00:00Z") =>
  (await store.changes(new Date(since))).changes.map((c) => `${c.kind} ${c.customer_id}`).sort();

describe("portfolio store", () => {
  it("remembers every customer of a sync with when it was first seen, and calls each new", async () => {
    await sync({ [OWN_SCOPE]: [tag("a"), tag("b", { new_customer_tag: "N" })], [RESELLER]: [tag("c")] });
    const portfolio = await store.portfolio();
    expect(portfolioSchema.parse(portfolio)).toEqual(portfolio);
    expect(portfolio.complete).toBe(true);
    expect(portfolio.as_of).toBe("2026-12-01T00:00:00.000Z");
    // Rows come grouped by scope and tag (for compression), not by ID.
    expect(portfolio.rows).toEqual([
      expect.objectContaining({ customer_id: "b", new_customer_tag: "N" }),
      {
        customer_id: "a",
        indirect_partner_id: null,
        customer_tag_type: "SMB",
        new_customer_tag: "Y",
        effective_time: "2026-01-31T16:00:00Z",
        expire_time: "2026-12-31T16:00:00Z",
        first_seen_at: "2026-12-01T00:00:00.000Z",
        last_changed_at: "2026-12-01T00:00:00.000Z",
      },
      expect.objectContaining({ customer_id: "c", indirect_partner_id: RESELLER }),
    ]);
    expect(await kinds()).toEqual(["new a", "new b", "new c"]);
  });

  it("records exactly what changed between two syncs, with before and after", async () => {
    await sync({ [OWN_SCOPE]: [tag("a"), tag("b"), tag("c")] });
    at("2026-12-02T00:00:00Z");
    await sync({ [OWN_SCOPE]: [tag("a", { new_customer_tag: "N" }), tag("b", { expire_time: "2027-01-31T16:00:00Z" }), tag("d")] });
    expect(await kinds("2026-12-02T00:00:00Z")).toEqual(["expiry_changed b", "gone c", "new d", "tag_changed a"]);
    const changes = (await store.changes(new Date("2026-12-02T00:00:00Z"))).changes;
    expect(changes.find((c) => c.kind === "tag_changed")).toEqual({
      customer_id: "a",
      indirect_partner_id: null,
      kind: "tag_changed",
      before: { customer_tag_type: "SMB", new_customer_tag: "Y", effective_time: "2026-01-31T16:00:00Z", expire_time: "2026-12-31T16:00:00Z" },
      after: { customer_tag_type: "SMB", new_customer_tag: "N", effective_time: "2026-01-31T16:00:00Z", expire_time: "2026-12-31T16:00:00Z" },
      observed_at: "2026-12-02T00:00:00.000Z",
    });
    expect(changes.find((c) => c.kind === "gone")).toMatchObject({ customer_id: "c", after: null, before: { new_customer_tag: "Y" } });
    const portfolio = await store.portfolio();
    expect(portfolio.rows.map((r) => r.customer_id).sort()).toEqual(["a", "b", "d"]);
    expect(portfolio.rows.find((r) => r.customer_id === "a")).toMatchObject({
      first_seen_at: "2026-12-01T00:00:00.000Z",
      last_changed_at: "2026-12-02T00:00:00.000Z",
    });
  });

  it("keeps a gone customer with its history and calls it back when seen again", async () => {
    await sync({ [OWN_SCOPE]: [tag("a"), tag("c")] });
    at("2026-12-02T00:00:00Z");
    await sync({ [OWN_SCOPE]: [tag("a")] });
    at("2026-12-03T00:00:00Z");
    await sync({ [OWN_SCOPE]: [tag("a"), tag("c")] });
    const history = await store.customer("c");
    expect(history?.scopes).toHaveLength(1);
    expect(history?.scopes[0]).toMatchObject({ gone_at: null, first_seen_at: "2026-12-01T00:00:00.000Z" });
    expect(history?.scopes[0]?.history.map((e) => `${e.kind} ${e.observed_at.slice(0, 10)}`)).toEqual([
      "back 2026-12-03",
      "gone 2026-12-02",
      "new 2026-12-01",
    ]);
  });

  it("ignores a page written again after a crash: no second row, no second event", async () => {
    const runId = await store.startRun("user");
    if (!runId) throw new Error("no run");
    await store.setScopes(runId, [OWN_SCOPE]);
    expect(await store.writePage(runId, OWN_SCOPE, 0, [tag("a"), tag("b")], false)).toBe(true);
    expect(await store.writePage(runId, OWN_SCOPE, 0, [tag("a"), tag("b")], false)).toBe(false);
    expect(await store.pendingScopes(runId)).toEqual({ known: true, pending: [{ scope: OWN_SCOPE, nextOffset: 2 }] });
    expect(await store.writePage(runId, OWN_SCOPE, 2, [tag("c")], true)).toBe(true);
    expect(await kinds()).toEqual(["new a", "new b", "new c"]);
    expect(await store.currentRun()).toMatchObject({ calls: 2, rows: 3, scopes_done: 1, scopes_total: 1 });
  });

  it("lets one sync run at a time", async () => {
    const first = await store.startRun("schedule");
    expect(first).toBeDefined();
    expect(await store.startRun("user")).toBeUndefined();
    await store.finishRun(first ?? "", "failed");
    expect(await store.startRun("user")).toBeDefined();
  });

  it("records what users look up without calling anyone gone", async () => {
    await sync({ [OWN_SCOPE]: [tag("a"), tag("b")] });
    at("2026-12-02T00:00:00Z");
    await store.recordObserved(OWN_SCOPE, [tag("a", { new_customer_tag: "N" }), tag("z")]);
    expect(await kinds("2026-12-02T00:00:00Z")).toEqual(["new z", "tag_changed a"]);
    expect((await store.portfolio()).rows.map((r) => r.customer_id).sort()).toEqual(["a", "b", "z"]);
  });

  it("treats an absent tag and an empty one as the same, so nothing changes", async () => {
    await sync({ [OWN_SCOPE]: [{ customer_id: "a" }] });
    at("2026-12-02T00:00:00Z");
    await sync({ [OWN_SCOPE]: [{ customer_id: "a", customer_tag_type: "", new_customer_tag: "" }] });
    expect(await kinds("2026-12-02T00:00:00Z")).toEqual([]);
  });

  it("narrows the portfolio to one scope", async () => {
    await sync({ [OWN_SCOPE]: [tag("a")], [RESELLER]: [tag("c")] });
    expect((await store.portfolio(RESELLER)).rows.map((r) => r.customer_id)).toEqual(["c"]);
    expect((await store.portfolio(OWN_SCOPE)).rows.map((r) => r.customer_id)).toEqual(["a"]);
  });

  it("says the portfolio is not complete before a sync has finished", async () => {
    await store.recordObserved(OWN_SCOPE, [tag("a")]);
    expect(await store.portfolio()).toMatchObject({ complete: false, as_of: "2026-12-01T00:00:00.000Z" });
  });

  it("prunes change events older than the retention", async () => {
    await sync({ [OWN_SCOPE]: [tag("a")] });
    at("2028-12-02T00:00:00Z");
    await sync({ [OWN_SCOPE]: [tag("a", { new_customer_tag: "N" })] });
    expect(await store.prune(24)).toBe(1);
    expect(await kinds()).toEqual(["tag_changed a"]);
  });

  it("answers undefined for a customer it never saw", async () => {
    expect(await store.customer("nobody")).toBeUndefined();
  });
});
