import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertSettingsSchema } from "#contract/alerts-api";
import { alertWebhookBodySchema } from "#contract/alert-webhook-api";
import { type SyncRun, syncStateSchema } from "#contract/portfolio-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import type { AlertTarget } from "./config.ts";
import { openDatabase } from "./store/database.ts";
import {
  type Receiver,
  startDingTalkReceiver,
  startFeishuReceiver,
  startWebhookReceiver,
  startWeComReceiver,
} from "./testing/alert-receivers.ts";
import { type Harness, type HarnessOptions, startProxyHarness } from "./testing/proxy-harness.ts";

// Alerts over real HTTP: the proxy with a store in front of the fake BSS, syncing, and each
// platform's stand-in receiving the digest and checking it the way the platform does.

const WEBHOOK_SECRET = "whsec-5f2a9c7e41d8";
const WECOM_KEY = "wecomkey-8d1b3f60a2c4";
const DINGTALK_TOKEN = "dingtoken-3e7c91b0f5a2";
const DINGTALK_SECRET = "SECdingsecret-9a4e2c71";
const FEISHU_HOOK = "feishuhook-6b2d8e4f-1c3a";
const FEISHU_SECRET = "feishusecret-0d5f7a39";
const SECRETS = [WEBHOOK_SECRET, WECOM_KEY, DINGTALK_TOKEN, DINGTALK_SECRET, FEISHU_HOOK, FEISHU_SECRET];
const LINK = "https://tags.example.com/?mode=portfolio";
const csrf = { [CSRF_HEADER.name]: CSRF_HEADER.value };

interface Receivers {
  webhook: Receiver;
  wecom: Receiver;
  dingtalk: Receiver;
  feishu: Receiver;
}

async function startReceivers(): Promise<Receivers> {
  return {
    webhook: await startWebhookReceiver({ secret: WEBHOOK_SECRET }),
    wecom: await startWeComReceiver({ key: WECOM_KEY }),
    dingtalk: await startDingTalkReceiver({ token: DINGTALK_TOKEN, secret: DINGTALK_SECRET }),
    feishu: await startFeishuReceiver({ hook: FEISHU_HOOK, secret: FEISHU_SECRET }),
  };
}

const closeReceivers = (receivers: Receivers) => Promise.all(Object.values(receivers).map((receiver) => receiver.close()));

/** The four channels, each with its secret (overridden where a test wants a wrong one). */
function targetsOf(receivers: Receivers, secrets: Partial<Record<AlertTarget["channel"], string>> = {}): AlertTarget[] {
  return [
    { channel: "webhook", url: receivers.webhook.url, secret: secrets.webhook ?? WEBHOOK_SECRET },
    { channel: "wecom", url: receivers.wecom.url, secret: undefined },
    { channel: "dingtalk", url: receivers.dingtalk.url, secret: secrets.dingtalk ?? DINGTALK_SECRET },
    { channel: "feishu", url: receivers.feishu.url, secret: secrets.feishu ?? FEISHU_SECRET },
  ];
}

/** A proxy with a store, a small data set (100 customers) and alerts whose waits are recorded, never slept. */
async function startAlerting(alerts: HarnessOptions["alerts"], store: HarnessOptions["store"] = {}): Promise<Harness & { waits: number[] }> {
  const waits: number[] = [];
  const h = await startProxyHarness({
    store,
    fake: { customers: 100 },
    alerts: { link: LINK, ...alerts, delivery: { sleep: async (ms) => void waits.push(ms) } },
  });
  return Object.assign(h, { waits });
}

async function getJson(h: Harness, path: string): Promise<{ status: number; text: string; body: unknown }> {
  const response = await fetch(`${h.url}${path}`);
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as unknown };
}

/** The sync's answer once every alert started so far has ended (both are events the test waits for). */
async function settled(h: Harness): Promise<SyncRun> {
  const state = h.portfolio?.state();
  if (!state?.ready) throw new Error("the harness has no store ready");
  await state.sync.settled();
  await h.alerts?.settled();
  const answer = syncStateSchema.parse((await getJson(h, "/api/portfolio/sync")).body);
  if (!("run_id" in answer)) throw new Error("no run yet");
  return answer;
}

async function syncNow(h: Harness): Promise<SyncRun> {
  const started = await fetch(`${h.url}/api/portfolio/sync`, { method: "POST", headers: csrf });
  expect(started.status).toBe(202);
  return settled(h);
}

const sent = (channel: AlertTarget["channel"], attempts = 1) => ({ channel, status: "sent", attempts, error: null, at: expect.any(String) });

describe("alerts after a sync", () => {
  let h: Harness & { waits: number[] };
  let receivers: Receivers;
  beforeAll(async () => {
    receivers = await startReceivers();
    h = await startAlerting({ targets: targetsOf(receivers) });
  });
  afterAll(async () => {
    await h.close();
    await closeReceivers(receivers);
  });

  it("alerts a first sync for the tags about to expire, counting the customers it recorded without listing them", async () => {
    const run = await syncNow(h);
    expect(run.alerts).toEqual([
      { ...sent("webhook"), http_status: 204 },
      { ...sent("wecom"), http_status: 200 },
      { ...sent("dingtalk"), http_status: 200 },
      { ...sent("feishu"), http_status: 200 },
    ]);
    const digest = alertWebhookBodySchema.parse(receivers.webhook.received[0]?.body);
    expect(digest).toMatchObject({ type: "digest", run_id: run.run_id, first_sync: true, counts: { new: 100 }, link: LINK, language: "zh-CN" });
    expect(digest.expiring).toBeGreaterThan(0);
    expect(digest.entries.every((entry) => entry.reason === "expiring")).toBe(true);
    expect(digest.text).toContain("首次同步：已记录 100 个客户");
    for (const receiver of Object.values(receivers)) {
      expect(receiver.refusals).toEqual([]);
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]?.text).toContain("新客户标签日报");
    }
  });

  it("names the customers whose tag was lost or who left first, to every platform, signed as each documents", async () => {
    const dataset = h.fake.state.bss.dataset;
    const lost = dataset.ownCustomers.find((c) => c.tag.new_customer_tag === "Y");
    const [reseller] = dataset.resellers;
    const leaving = dataset.customersByReseller.get(reseller?.indirect_partner_id ?? "")?.[0];
    if (!lost || !reseller || !leaving) throw new Error("the data set lacks a Y customer or a reseller's customer");
    const lostName = lost.info.customer;
    const edit = await fetch(`${h.fake.url}/__fake/customers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ set: [{ customer_id: lost.tag.customer_id, new_customer_tag: "N" }], remove: [leaving.tag.customer_id] }),
    });
    expect(edit.status).toBe(200);
    const run = await syncNow(h);
    expect(run.alerts?.map((delivery) => `${delivery.channel} ${delivery.status}`)).toEqual(["webhook sent", "wecom sent", "dingtalk sent", "feishu sent"]);

    const digest = alertWebhookBodySchema.parse(receivers.webhook.received[1]?.body);
    expect(digest).toMatchObject({ run_id: run.run_id, first_sync: false, counts: { tag_changed: 1, gone: 1, new: 0 } });
    expect(digest.entries.slice(0, 2)).toEqual([
      expect.objectContaining({ customer_id: lost.tag.customer_id, customer_name: lostName, indirect_partner_id: null, reason: "tag_lost", tag: "N", previous: "Y" }),
      expect.objectContaining({
        customer_id: leaving.tag.customer_id,
        indirect_partner_id: reseller.indirect_partner_id,
        reseller_name: reseller.name,
        reason: "gone",
      }),
    ]);
    for (const receiver of Object.values(receivers)) {
      expect(receiver.refusals).toEqual([]);
      const text = receiver.received[1]?.text ?? "";
      expect(text).toContain(`${lostName}（${lost.tag.customer_id}） · 自有客户 · 标签 Y → N`);
      expect(text).toContain(`${leaving.tag.customer_id} · 云经销商 ${reseller.name} · 不再列出（最后标签 ${leaving.tag.new_customer_tag || "无"}）`);
      expect(text).toContain("在看板中查看变化");
    }
  });

  it("never sends a run's digest twice, however often its end is told", async () => {
    const run = await settled(h);
    h.alerts?.listener.finished(run.run_id);
    h.alerts?.listener.finished(run.run_id);
    await settled(h);
    for (const receiver of Object.values(receivers)) expect(receiver.received).toHaveLength(2);
  });

  it("answers which channels are configured by host alone", async () => {
    const answer = await getJson(h, "/api/alerts");
    expect(answer.status).toBe(200);
    const host = (receiver: Receiver) => new URL(receiver.url).host;
    expect(alertSettingsSchema.parse(answer.body)).toEqual({
      channels: [
        { channel: "webhook", configured: true, host: host(receivers.webhook) },
        { channel: "wecom", configured: true, host: host(receivers.wecom) },
        { channel: "dingtalk", configured: true, host: host(receivers.dingtalk) },
        { channel: "feishu", configured: true, host: host(receivers.feishu) },
      ],
      language: "zh-CN",
      expiring_months: 1,
    });
  });

  it("sends a test alert to one channel, recorded with no run", async () => {
    const before = await settled(h);
    const answer = await h.post("/api/alerts/test", { channel: "feishu" });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ channel: "feishu", status: "sent", attempts: 1, http_status: 200, error: null, at: expect.any(String) });
    expect(receivers.feishu.received[2]?.text).toMatch(/^新客户标签日报（测试）\n这是一条测试消息：此渠道已配置正确。/);
    expect((await settled(h)).alerts).toEqual(before.alerts);
  });

  it("refuses a test alert without the CSRF header, or to an unknown channel", async () => {
    const noHeader = await fetch(`${h.url}/api/alerts/test`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ channel: "wecom" }),
    });
    expect(noHeader.status).toBe(403);
    const unknown = await h.post("/api/alerts/test", { channel: "email" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error_code).toBe("PROXY.0400");
    expect(receivers.wecom.received).toHaveLength(2);
  });

  it("keeps every secret and token out of the logs and of the answers", async () => {
    const answers = await Promise.all(["/api/alerts", "/api/portfolio/sync"].map((path) => getJson(h, path)));
    const seen = [h.logs.join(""), ...answers.map((answer) => answer.text)].join("\n");
    expect(h.logs.some((line) => line.includes('"msg":"alert sent"'))).toBe(true);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
  });
});

describe("alerts that fail", () => {
  let h: Harness & { waits: number[] };
  let receivers: Receivers;
  beforeAll(async () => {
    receivers = await startReceivers();
    // Wrong secrets: DingTalk and Feishu refuse with their sign-mismatch codes.
    h = await startAlerting({ targets: targetsOf(receivers, { dingtalk: "SECwrong-ding-secret", feishu: "wrong-feishu-secret" }), language: "en" });
  });
  afterAll(async () => {
    await h.close();
    await closeReceivers(receivers);
  });

  it("retries a channel that fails twice with 500 and 502, and records it delivered on the third attempt", async () => {
    receivers.webhook.script.push({ status: 500 }, { status: 502 });
    const run = await syncNow(h);
    expect(run.alerts?.find((delivery) => delivery.channel === "webhook")).toEqual({ ...sent("webhook", 3), http_status: 204 });
    expect(h.waits).toEqual([1000, 2000]);
    expect(receivers.webhook.requests).toBe(3);
    expect(receivers.webhook.received).toHaveLength(1);
  });

  it("records a platform's refusal in a 200 answer as failed, without retrying", async () => {
    const run = await settled(h);
    expect(run.alerts?.filter((delivery) => delivery.status === "failed")).toEqual([
      {
        channel: "dingtalk",
        status: "failed",
        attempts: 1,
        http_status: 200,
        error: "DingTalk refused the alert: errcode 310000 (sign not match)",
        at: expect.any(String),
      },
      {
        channel: "feishu",
        status: "failed",
        attempts: 1,
        http_status: 200,
        error: "Feishu refused the alert: code 19021 (sign match fail or timestamp is not within one hour from current time)",
        at: expect.any(String),
      },
    ]);
    expect(receivers.dingtalk.requests).toBe(1);
    expect(receivers.feishu.requests).toBe(1);
  });

  it("writes the alert in English with ALERT_LANGUAGE=en", () => {
    const text = receivers.wecom.received[0]?.text ?? "";
    expect(text).toMatch(/^### New-customer tag digest\nSync #1 finished at \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(China time\)\nFirst sync: 100 customers recorded\n/);
    expect(text).toContain("[Open What changed in the dashboard](https://tags.example.com/?mode=portfolio)");
  });

  it("never retries a 400: one attempt, recorded failed", async () => {
    receivers.webhook.script.push({ status: 400, body: { error: "unknown event" } });
    const requests = receivers.webhook.requests;
    h.waits.length = 0;
    const run = await syncNow(h);
    expect(run.alerts?.find((delivery) => delivery.channel === "webhook")).toEqual({
      channel: "webhook",
      status: "failed",
      attempts: 1,
      http_status: 400,
      error: 'the webhook refused the alert: HTTP 400: {"error":"unknown event"}',
      at: expect.any(String),
    });
    expect(receivers.webhook.requests).toBe(requests + 1);
    expect(h.waits).toEqual([]);
  });

  it("keeps the channels' secrets and tokens out of the logs, failures included", () => {
    const logs = h.logs.join("");
    expect(logs).toContain('"msg":"alert not delivered"');
    for (const secret of [...SECRETS, "SECwrong-ding-secret", "wrong-feishu-secret"]) expect(logs).not.toContain(secret);
  });

  it("answers a test alert the channel refused with 502 PROXY.0522, saying why", async () => {
    const answer = await h.post("/api/alerts/test", { channel: "dingtalk" });
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({
      error_code: "PROXY.0522",
      error_msg: `The test alert to dingtalk (${new URL(receivers.dingtalk.url).host}) was not delivered after 1 attempt: DingTalk refused the alert: errcode 310000 (sign not match) (request id ${answer.headers.get("x-request-id") ?? ""})`,
    });
  });
});

describe("alerts across restarts", () => {
  let receivers: Receivers;
  let dataDir: string;
  beforeAll(async () => {
    receivers = await startReceivers();
    dataDir = mkdtempSync(join(tmpdir(), "alerts-store-"));
  });
  afterAll(async () => {
    await closeReceivers(receivers);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs a proxy on the data directory until `work` is done, then stops it. */
  async function runProxy(targets: AlertTarget[], work: (h: Harness) => Promise<void> = async (h) => void (await settled(h))) {
    const h = await startAlerting({ targets }, { dataDir });
    try {
      await work(h);
    } finally {
      await h.close();
    }
  }

  it("sends at the next start the digest a stop kept from being sent, and never again after", async () => {
    // The first process syncs with no channel configured: as if it stopped before alerting.
    await runProxy([], async (h) => void (await syncNow(h)));
    expect(receivers.webhook.received).toHaveLength(0);
    await runProxy([targetsOf(receivers)[0] as AlertTarget], async (h) => {
      const run = await settled(h);
      expect(run.alerts).toEqual([{ ...sent("webhook"), http_status: 204 }]);
    });
    expect(receivers.webhook.received).toHaveLength(1);
    await runProxy([targetsOf(receivers)[0] as AlertTarget]);
    expect(receivers.webhook.received).toHaveLength(1);
  });

  it("marks a delivery a crash left sending as failed, interrupted, and does not send it again", async () => {
    const db = await openDatabase({ dataDir });
    try {
      const [run] = await db.query<{ id: string }>("select id::text as id from sync_runs order by id desc limit 1");
      await db.query(
        "insert into alert_deliveries (run_id, channel, status, attempts, created_at, updated_at) values ($1::bigint, 'wecom', 'sending', 1, now(), now())",
        [run?.id],
      );
    } finally {
      await db.close();
    }
    await runProxy(targetsOf(receivers).slice(0, 2), async (h) => {
      const run = await settled(h);
      expect(run.alerts).toEqual([
        { ...sent("webhook"), http_status: 204 },
        { channel: "wecom", status: "failed", attempts: 1, http_status: null, error: "interrupted", at: expect.any(String) },
      ]);
    });
    expect(receivers.wecom.received).toHaveLength(0);
    expect(receivers.webhook.received).toHaveLength(1);
  });
});

describe("alerts without a store", () => {
  it("answer 501 PROXY.0501 with STORE=off", async () => {
    const h = await startProxyHarness();
    try {
      const settings = await getJson(h, "/api/alerts");
      expect(settings.status).toBe(501);
      expect(settings.body).toMatchObject({ error_code: "PROXY.0501" });
      expect((await h.post("/api/alerts/test", { channel: "wecom" })).status).toBe(501);
    } finally {
      await h.close();
    }
  });

  it("answer 404 PROXY.0404 to a test alert for a channel not configured", async () => {
    const h = await startProxyHarness({ store: {} });
    try {
      const answer = await h.post("/api/alerts/test", { channel: "wecom" });
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ error_code: "PROXY.0404", error_msg: "No wecom alert channel is configured on this server: set ALERT_WECOM_URL" });
    } finally {
      await h.close();
    }
  });
});
