import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  changesSchema,
  customerHistorySchema,
  portfolioSchema,
  syncStateSchema,
} from "#contract/portfolio-api";
import { createProxyHandlers } from "./browser-handlers.ts";
import { createBssState } from "./bss-state.ts";
import { createFakePortfolio, type FakePortfolio } from "./fake-portfolio.ts";

const now = new Date("2026-11-15T04:00:00Z");
const state = createBssState({ seed: 4, now });
const { dataset } = state;
const APP = "http://app.test";
let portfolio: FakePortfolio = createFakePortfolio(dataset, { now: () => now });
const proxy = setupServer();
const get = async (path: string) => fetch(`${APP}${path}`);
const json = async (path: string) => (await get(path)).json();
const postSync = () => fetch(`${APP}/api/portfolio/sync`, { method: "POST", body: "{}" });

beforeAll(() => proxy.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  portfolio = createFakePortfolio(dataset, { now: () => now });
  proxy.resetHandlers(...createProxyHandlers({ state, origin: APP, portfolio }));
});
afterAll(() => proxy.close());

describe("the fake portfolio store (msw)", () => {
  it("holds every customer of the data set but the few a sync missed, each scope's under its reseller", async () => {
    const answer = portfolioSchema.parse(await json("/api/portfolio"));
    expect(answer.complete).toBe(true);
    expect(answer.as_of).toBe("2026-11-15T02:04:00.000Z");
    expect(answer.rows).toHaveLength(dataset.customers.length - 3);
    const reseller = dataset.resellers[1]!.indirect_partner_id;
    const theirs = portfolioSchema.parse(
      await json(`/api/portfolio?indirect_partner_id=${reseller}`),
    );
    expect(new Set(theirs.rows.map((row) => row.indirect_partner_id))).toEqual(new Set([reseller]));
    const own = portfolioSchema.parse(await json("/api/portfolio?indirect_partner_id=own"));
    expect(own.rows.every((row) => row.indirect_partner_id === null)).toBe(true);
  });

  it("answers the last sync's changes by default, a handful of each kind, and older ones since a day", async () => {
    const last = changesSchema.parse(await json("/api/portfolio/changes"));
    expect(last.since).toBe("2026-11-15T02:00:00.000Z");
    const counts: Record<string, number> = {};
    for (const change of last.changes) counts[change.kind] = (counts[change.kind] ?? 0) + 1;
    expect(counts).toEqual({
      new: 3,
      tag_changed: 4,
      effective_changed: 3,
      expiry_changed: 3,
      gone: 3,
      back: 2,
    });
    const month = changesSchema.parse(await json("/api/portfolio/changes?since=2026-10-16"));
    expect(month.since).toBe("2026-10-15T16:00:00.000Z");
    expect(month.changes.length).toBeGreaterThan(1000);
    expect(month.truncated).toBe(false);
    expect((await get("/api/portfolio/changes?since=soon")).status).toBe(400);
  });

  it("answers a customer's history newest first, and 404 PROXY.0404 for one it never saw", async () => {
    const back = changesSchema
      .parse(await json("/api/portfolio/changes"))
      .changes.find((c) => c.kind === "back")!;
    const history = customerHistorySchema.parse(
      await json(`/api/portfolio/customers/${back.customer_id}`),
    );
    expect(history.scopes).toHaveLength(1);
    expect(history.scopes[0]!.history.map((event) => event.kind)).toEqual(["back", "gone"]);
    expect(history.scopes[0]!.gone_at).toBeNull();
    const unknown = await get("/api/portfolio/customers/ffffffffffffffffffffffffffffffff");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error_code: "PROXY.0404" });
  });

  it("runs a sync over a few polls, refuses a second one meanwhile, and then has it as the last sync", async () => {
    expect(syncStateSchema.parse(await json("/api/portfolio/sync"))).toMatchObject({
      status: "succeeded",
    });
    const started = await postSync();
    expect(started.status).toBe(202);
    expect(await started.json()).toEqual({ run_id: "run-1" });
    const refused = await postSync();
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error_code: "PROXY.0409" });

    const polls = [];
    for (let i = 0; i < 3; i++)
      polls.push(syncStateSchema.parse(await json("/api/portfolio/sync")));
    expect(
      polls.map((run) => ("run_id" in run ? [run.status, run.scopes_done, run.scopes_total] : [])),
    ).toEqual([
      ["running", 2, 5],
      ["running", 4, 5],
      ["succeeded", 5, 5],
    ]);
    const found = changesSchema.parse(await json("/api/portfolio/changes"));
    expect(found.changes.map((change) => change.kind)).toEqual(["tag_changed"]);
  });

  it("answers 501 PROXY.0501 while the store is off and 503 PROXY.0532 while it is unavailable, and health says so", async () => {
    portfolio.store = "off";
    const off = await get("/api/portfolio");
    expect(off.status).toBe(501);
    expect(await off.json()).toMatchObject({ error_code: "PROXY.0501" });
    expect(await json("/api/health")).toEqual({ status: "ok", mode: "demo", store: "off" });
    portfolio.store = "unavailable";
    const down = await get("/api/portfolio/sync");
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error_code: "PROXY.0532", retry_after_s: 30 });
  });
});
