import { beforeEach, describe, expect, it } from "vitest";
import type { NewCustomerTag } from "#contract/huawei-api";
import { withTestDatabase } from "../testing/test-database.ts";
import { createAlertDeliveries } from "./alert-deliveries.ts";
import { lastFinishedRun, readDigestFacts } from "./digest-facts.ts";
import { createPortfolioStore, OWN_SCOPE, type PortfolioStore } from "./portfolio-store.ts";

const RESELLER = "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6";
const tag = (id: string, over: Partial<NewCustomerTag> = {}): NewCustomerTag => ({
  customer_id: id,
  customer_tag_type: "SMB",
  new_customer_tag: "Y",
  effective_time: "2026-01",
  expire_time: "2027-06",
  ...over,
});

const fixture = withTestDatabase();
let store: PortfolioStore;
let now: Date;

beforeEach(() => {
  now = new Date("2026-12-01T00:00:00Z");
  store = createPortfolioStore(fixture.db, () => new Date(now));
});

/** One whole sync of the given scopes, one page each. */
async function sync(pages: Record<string, NewCustomerTag[]>, status: "succeeded" | "failed" = "succeeded"): Promise<string> {
  const runId = await store.startRun("user");
  if (!runId) throw new Error("a run is already going");
  await store.setScopes(runId, Object.keys(pages));
  for (const [scope, tags] of Object.entries(pages)) await store.writePage(runId, scope, 0, tags, true);
  await store.finishRun(runId, status);
  return runId;
}

describe("alert deliveries", () => {
  it("lets one caller claim a run's delivery to a channel, and shows it on the sync answer", async () => {
    const runId = await sync({ [OWN_SCOPE]: [tag("a")] });
    const deliveries = createAlertDeliveries(fixture.db, () => new Date(now));
    expect(await deliveries.claim(runId, "wecom")).toBe(true);
    expect(await deliveries.claim(runId, "wecom")).toBe(false);
    expect(await deliveries.claim(runId, "webhook")).toBe(true);
    await deliveries.attempted(runId, "wecom", { attempts: 1, httpStatus: 502, error: "WeCom answered HTTP 502" });
    now = new Date("2026-12-01T00:00:03Z");
    await deliveries.finish(runId, "wecom", "sent", { attempts: 2, httpStatus: 200, error: null });
    expect(await deliveries.claimed(runId)).toEqual(new Set(["wecom", "webhook"]));
    expect((await store.currentRun())?.alerts).toEqual([
      { channel: "webhook", status: "sending", attempts: 0, http_status: null, error: null, at: "2026-12-01T00:00:00.000Z" },
      { channel: "wecom", status: "sent", attempts: 2, http_status: 200, error: null, at: "2026-12-01T00:00:03.000Z" },
    ]);
  });

  it("marks deliveries left sending before a time as failed, interrupted, and leaves newer ones", async () => {
    const runId = await sync({ [OWN_SCOPE]: [tag("a")] });
    const deliveries = createAlertDeliveries(fixture.db, () => new Date(now));
    await deliveries.claim(runId, "dingtalk");
    now = new Date("2026-12-01T00:05:00Z");
    await deliveries.claim(runId, "feishu");
    expect(await deliveries.interrupt(new Date("2026-12-01T00:01:00Z"))).toBe(1);
    expect(await deliveries.deliveries(runId)).toEqual([
      { channel: "dingtalk", status: "failed", attempts: 0, http_status: null, error: "interrupted", at: "2026-12-01T00:05:00.000Z" },
      { channel: "feishu", status: "sending", attempts: 0, http_status: null, error: null, at: "2026-12-01T00:05:00.000Z" },
    ]);
  });

  it("answers an empty list for a run without alerts", async () => {
    await sync({ [OWN_SCOPE]: [tag("a")] });
    expect((await store.currentRun())?.alerts).toEqual([]);
  });
});

describe("digest facts", () => {
  it("calls the first finished run a first sync and leaves its new customers out, counted", async () => {
    const runId = await sync({ [OWN_SCOPE]: [tag("a"), tag("b", { expire_time: "2026-12" })], [RESELLER]: [tag("c", { expire_time: "2027-01" })] });
    expect(await readDigestFacts(fixture.db, runId, { from: "2026-12", to: "2027-01" })).toEqual({
      runId,
      status: "succeeded",
      finishedAt: "2026-12-01T00:00:00.000Z",
      errors: 0,
      firstSync: true,
      counts: { new: 3, tag_changed: 0, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 },
      events: [],
      expiring: [
        { customer_id: "b", indirect_partner_id: null, customer_tag_type: "SMB", new_customer_tag: "Y", effective_time: "2026-01", expire_time: "2026-12" },
        { customer_id: "c", indirect_partner_id: RESELLER, customer_tag_type: "SMB", new_customer_tag: "Y", effective_time: "2026-01", expire_time: "2027-01" },
      ],
    });
  });

  it("reads a later run's events, most urgent kinds first, and nothing of a run still going", async () => {
    await sync({ [OWN_SCOPE]: [tag("a"), tag("b")] });
    now = new Date("2026-12-02T00:00:00Z");
    const runId = await sync({ [OWN_SCOPE]: [tag("a", { new_customer_tag: "N" }), tag("d")] }, "failed");
    const facts = await readDigestFacts(fixture.db, runId, undefined);
    expect(facts).toMatchObject({ status: "failed", firstSync: false, expiring: [] });
    expect(facts?.counts).toEqual({ new: 1, tag_changed: 1, effective_changed: 0, expiry_changed: 0, gone: 1, back: 0 });
    expect(facts?.events.map((event) => `${event.kind} ${event.customer_id}`)).toEqual(["gone b", "tag_changed a", "new d"]);
    expect(await lastFinishedRun(fixture.db, new Date("2026-12-01T12:00:00Z"))).toBe(runId);
    expect(await lastFinishedRun(fixture.db, new Date("2026-12-03T00:00:00Z"))).toBeUndefined();
    const running = await store.startRun("user");
    expect(await readDigestFacts(fixture.db, running ?? "", undefined)).toBeUndefined();
  });
});
