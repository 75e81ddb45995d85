import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import {
  changesSchema,
  lapsesSchema,
  customerHistorySchema,
  portfolioSchema,
  type SyncRun,
  syncStateSchema,
} from "#contract/portfolio-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { parseCron } from "#domain/cron";
import { currentMonth } from "#domain/month";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

// The portfolio's routes over real HTTP: the proxy with an in-memory store in front of the fake BSS.

const csrf = { [CSRF_HEADER.name]: CSRF_HEADER.value };

async function get(h: Harness, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

/** Asks for the sync's state until its run has ended (each answer is an event of the sync). */
async function finished(h: Harness): Promise<SyncRun> {
  for (;;) {
    const state = syncStateSchema.parse((await get(h, "/api/portfolio/sync")).body);
    if ("run_id" in state && state.status !== "running") return state;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function syncNow(h: Harness): Promise<SyncRun> {
  const started = await fetch(`${h.url}/api/portfolio/sync`, { method: "POST", headers: csrf });
  expect(started.status).toBe(202);
  return finished(h);
}

describe("portfolio routes", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startProxyHarness({ store: {} });
  });
  afterAll(async () => {
    await h.close();
  });

  it("says the store is ok in health and answers no run before the first sync", async () => {
    expect((await get(h, "/api/health")).body).toEqual({ status: "ok", mode: "live", store: "ok" });
    expect((await get(h, "/api/portfolio/sync")).body).toEqual({ run: null });
    expect(portfolioSchema.parse((await get(h, "/api/portfolio")).body)).toEqual({ as_of: null, complete: false, rows: [] });
  });

  it("syncs every scope and serves the whole portfolio, compressed, with the reseller of each row", async () => {
    const run = await syncNow(h);
    const dataset = h.fake.state.bss.dataset;
    expect(run).toMatchObject({ status: "succeeded", trigger: "user", scopes_total: 5, scopes_done: 5, errors: [] });
    expect(run.rows).toBe(dataset.customers.length);

    const response = await fetch(`${h.url}/api/portfolio`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const portfolio = portfolioSchema.parse(await response.json());
    expect(portfolio.complete).toBe(true);
    expect(portfolio.rows).toHaveLength(dataset.customers.length);
    const reseller = dataset.resellers[0]?.indirect_partner_id ?? "";
    const ofReseller = portfolio.rows.filter((row) => row.indirect_partner_id === reseller);
    expect(ofReseller).toHaveLength(dataset.customersByReseller.get(reseller)?.length ?? -1);
    const own = dataset.ownCustomers[0];
    expect(portfolio.rows.find((row) => row.customer_id === own?.tag.customer_id)).toMatchObject({
      indirect_partner_id: null,
      new_customer_tag: own?.tag.new_customer_tag || null,
    });

    // The same answer again is not sent again.
    const etag = response.headers.get("etag") ?? "";
    const again = await fetch(`${h.url}/api/portfolio`, { headers: { "Accept-Encoding": "gzip", "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });

  it("answers the first rows of the whole portfolio with its total, for a first screen", async () => {
    const whole = portfolioSchema.parse((await get(h, "/api/portfolio")).body);
    const first = portfolioSchema.parse((await get(h, "/api/portfolio?first=100")).body);
    expect(first).toEqual({ ...whole, rows: whole.rows.slice(0, 100), total: whole.rows.length });
    const refused = await get(h, "/api/portfolio?first=0");
    expect(refused.status).toBe(400);
    expect(refused.body.error_msg).toMatch(/first must be a whole number from 1 to 1000/);
  });

  it("narrows the portfolio to one reseller or the own customers", async () => {
    const dataset = h.fake.state.bss.dataset;
    const reseller = dataset.resellers[1]?.indirect_partner_id ?? "";
    const narrowed = portfolioSchema.parse((await get(h, `/api/portfolio?indirect_partner_id=${reseller}`)).body);
    expect(narrowed.rows).toHaveLength(dataset.customersByReseller.get(reseller)?.length ?? -1);
    const own = portfolioSchema.parse((await get(h, "/api/portfolio?indirect_partner_id=own")).body);
    expect(own.rows).toHaveLength(dataset.ownCustomers.length);
  });

  it("refuses a second sync while one runs", async () => {
    const first = await fetch(`${h.url}/api/portfolio/sync`, { method: "POST", headers: csrf });
    const second = await fetch(`${h.url}/api/portfolio/sync`, { method: "POST", headers: csrf });
    expect(first.status).toBe(202);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error_code: "PROXY.0409" });
    await finished(h);
  });

  it("records what changed at Huawei between two syncs, and each customer's history", async () => {
    const dataset = h.fake.state.bss.dataset;
    const [changed, leaving] = dataset.ownCustomers.filter((c) => c.tag.new_customer_tag === "Y");
    const changedId = changed?.tag.customer_id ?? "";
    const leavingId = leaving?.tag.customer_id ?? "";
    const edit = await fetch(`${h.fake.url}/__fake/customers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ set: [{ customer_id: changedId, new_customer_tag: "N" }], remove: [leavingId] }),
    });
    expect(edit.status).toBe(200);
    await syncNow(h);

    const changes = changesSchema.parse((await get(h, "/api/portfolio/changes")).body);
    expect(changes.changes.map((c) => `${c.kind} ${c.customer_id}`).sort()).toEqual(
      [`gone ${leavingId}`, `tag_changed ${changedId}`].sort(),
    );
    expect(changes.changes.find((c) => c.kind === "tag_changed")).toMatchObject({
      indirect_partner_id: null,
      before: { new_customer_tag: "Y" },
      after: { new_customer_tag: "N" },
    });

    const history = customerHistorySchema.parse((await get(h, `/api/portfolio/customers/${changedId}`)).body);
    expect(history.scopes[0]?.history.map((e) => e.kind)).toEqual(["tag_changed", "new"]);
    const gone = customerHistorySchema.parse((await get(h, `/api/portfolio/customers/${leavingId}`)).body);
    expect(gone.scopes[0]?.gone_at).not.toBeNull();
    const portfolio = portfolioSchema.parse((await get(h, "/api/portfolio")).body);
    expect(portfolio.rows.some((row) => row.customer_id === leavingId)).toBe(false);

    // The insights' past months: the customer that turned N, in this month (China time), once;
    // the one that left is gone, not a lapse.
    const lapses = lapsesSchema.parse((await get(h, "/api/portfolio/lapses")).body);
    expect(lapses.lapses).toEqual([{ customer_id: changedId, month: currentMonth(new Date()) }]);
  });

  it("records the tags a user's lookup brought back", async () => {
    const dataset = h.fake.state.bss.dataset;
    const customer = dataset.ownCustomers[5];
    const id = customer?.tag.customer_id ?? "";
    await fetch(`${h.fake.url}/__fake/customers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ set: [{ customer_id: id, expire_time: "2030-01-31T16:00:00Z" }] }),
    });
    const answer = await h.post(`/api${BSS_PATHS.newCustomerTags}`, { customer_ids: [id] });
    expect(answer.status).toBe(200);
    // Recorded after the answer: wait for the store to have it.
    let history = customerHistorySchema.parse((await get(h, `/api/portfolio/customers/${id}`)).body);
    while (history.scopes[0]?.expire_time !== "2030-01-31T16:00:00Z") {
      await new Promise((resolve) => setImmediate(resolve));
      history = customerHistorySchema.parse((await get(h, `/api/portfolio/customers/${id}`)).body);
    }
    expect(history.scopes[0]?.history[0]).toMatchObject({ kind: "expiry_changed", after: { expire_time: "2030-01-31T16:00:00Z" } });
  });

  it.each([
    ["/api/portfolio/changes?since=yesterday", 400, "PROXY.0400", /since must be a time/],
    ["/api/portfolio?reseller=x", 400, "PROXY.0400", /unknown parameter "reseller"/],
    ["/api/portfolio/customers/nobody", 404, "PROXY.0404", /never seen customer nobody/],
  ])("answers %s with %i", async (path, status, code, message) => {
    const answer = await get(h, path);
    expect(answer.status).toBe(status);
    expect(answer.body.error_code).toBe(code);
    expect(answer.body.error_msg).toMatch(message);
  });

  it("takes a date alone for since as midnight in China", async () => {
    const answer = changesSchema.parse((await get(h, "/api/portfolio/changes?since=2026-12-01")).body);
    expect(answer.since).toBe("2026-11-30T16:00:00.000Z");
  });

  it("refuses Sync now without the CSRF header", async () => {
    const answer = await fetch(`${h.url}/api/portfolio/sync`, { method: "POST" });
    expect(answer.status).toBe(403);
  });
});

describe("portfolio routes without a store", () => {
  it("answer 501 with STORE=off, and health says off", async () => {
    const h = await startProxyHarness();
    try {
      expect((await get(h, "/api/health")).body).toMatchObject({ store: "off" });
      const answer = await get(h, "/api/portfolio");
      expect(answer.status).toBe(501);
      expect(answer.body).toMatchObject({ error_code: "PROXY.0501" });
    } finally {
      await h.close();
    }
  });

  it("answer 503 saying why when the server is unreachable, while lookups still work", async () => {
    const h = await startProxyHarness({ store: { databaseUrl: "postgres://nobody:secret@127.0.0.1:1/none" } });
    try {
      expect((await get(h, "/api/health")).body).toMatchObject({ store: "unavailable" });
      const answer = await get(h, "/api/portfolio");
      expect(answer.status).toBe(503);
      expect(answer.body.error_code).toBe("PROXY.0532");
      expect(answer.body.error_msg).toMatch(/cannot be opened: .*ECONNREFUSED.*lookups still work/);
      expect(answer.body.error_msg).not.toContain("secret");
      const lookup = await h.post(`/api${BSS_PATHS.newCustomerTags}`, { limit: 1 });
      expect(lookup.status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it("syncs at the first start when the store is empty and a schedule is set", async () => {
    const parsed = parseCron("0 7 * * *");
    if (!parsed.ok) throw new Error(parsed.problem);
    const h = await startProxyHarness({ store: { schedule: { text: "0 7 * * *", schedule: parsed.schedule } } });
    try {
      const run = await finished(h);
      expect(run).toMatchObject({ trigger: "first-start", status: "succeeded", rows: h.fake.state.bss.dataset.customers.length });
    } finally {
      await h.close();
    }
  });

  it("syncs only the own customers of a partner that is not a distributor", async () => {
    const h = await startProxyHarness({ store: {} });
    try {
      h.fake.state.bss.distributor = false;
      const run = await syncNow(h);
      expect(run).toMatchObject({ status: "succeeded", scopes_total: 1, rows: h.fake.state.bss.dataset.ownCustomers.length });
    } finally {
      await h.close();
    }
  });
});
