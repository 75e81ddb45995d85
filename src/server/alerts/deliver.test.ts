import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { AlertTarget } from "../config.ts";
import { buildAlertDigest, buildDigestEntry } from "../testing/alert-builders.ts";
import { type Receiver, startDingTalkReceiver, startWebhookReceiver } from "../testing/alert-receivers.ts";
import { deliver, judgeAnswer, scrub } from "./deliver.ts";
import { type AlertRequest, alertRequest } from "./messages.ts";

const digestBody = JSON.stringify({ type: "digest", text: "x", entries: [], counts: {} });

/** Deliveries whose waits are recorded, never slept. */
function deliveries() {
  const waits: number[] = [];
  const attempts: number[] = [];
  const send = (target: AlertTarget, options: Parameters<typeof deliver>[2] = {}) =>
    deliver(target, (): AlertRequest => ({ url: target.url, headers: { "Content-Type": "application/json", "User-Agent": "test" }, body: digestBody }), {
      sleep: async (ms) => {
        waits.push(ms);
      },
      onAttempt: async (outcome) => {
        attempts.push(outcome.attempts);
      },
      ...options,
    });
  return { send, waits, attempts };
}

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe("judgeAnswer", () => {
  it.each([
    ["webhook", 204, "", { verdict: "sent", error: null }],
    ["webhook", 503, "down", { verdict: "retry", error: "the webhook answered HTTP 503" }],
    ["webhook", 400, '{"error":"bad"}', { verdict: "refused", error: 'the webhook refused the alert: HTTP 400: {"error":"bad"}' }],
    ["webhook", 302, "", { verdict: "refused", error: "the webhook answered HTTP 302, a redirect, which alerts do not follow" }],
    ["dingtalk", 200, '{"errcode":0,"errmsg":"ok"}', { verdict: "sent", error: null }],
    ["dingtalk", 200, '{"errcode":310000,"errmsg":"sign not match"}', { verdict: "refused", error: "DingTalk refused the alert: errcode 310000 (sign not match)" }],
    ["dingtalk", 200, '{"errcode":-1,"errmsg":"系统繁忙"}', { verdict: "retry", error: "DingTalk refused the alert: errcode -1 (系统繁忙)" }],
    ["wecom", 200, '{"errcode":93000,"errmsg":"invalid webhook url"}', { verdict: "refused", error: "WeCom refused the alert: errcode 93000 (invalid webhook url)" }],
    ["wecom", 200, "<html>ok</html>", { verdict: "refused", error: "WeCom answered HTTP 200 without its result code: <html>ok</html>" }],
    ["feishu", 200, '{"code":0,"data":{},"msg":"success"}', { verdict: "sent", error: null }],
    ["feishu", 200, '{"StatusCode":0,"StatusMessage":"success"}', { verdict: "sent", error: null }],
    ["feishu", 200, '{"code":19021,"msg":"sign match fail"}', { verdict: "refused", error: "Feishu refused the alert: code 19021 (sign match fail)" }],
  ] as const)("reads %s's HTTP %i %s", (channel, status, text, verdict) => {
    expect(judgeAnswer(channel, status, text)).toEqual(verdict);
  });
});

describe("scrub", () => {
  it("takes the secret and the URL's tokens out of a text", () => {
    const target: AlertTarget = { channel: "feishu", url: "https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c-hook?x=querytoken1", secret: "s3cret-value" };
    expect(scrub("hook 0f1e2d3c-hook, token querytoken1, secret s3cret-value, robot bot", target)).toBe("hook ***, token ***, secret ***, robot bot");
  });
});

describe("deliver", () => {
  const webhook = (url: string): AlertTarget => ({ channel: "webhook", url, secret: undefined });

  it("retries HTTP 500 and 502, waiting 1 s then 2 s, and is delivered on the third attempt", async () => {
    receiver = await startWebhookReceiver();
    receiver.script.push({ status: 500 }, { status: 502 });
    const { send, waits, attempts } = deliveries();
    expect(await send(webhook(receiver.url))).toEqual({ status: "sent", attempts: 3, httpStatus: 204, error: null });
    expect(waits).toEqual([1000, 2000]);
    expect(attempts).toEqual([1, 2]);
    expect(receiver.requests).toBe(3);
    expect(receiver.received).toHaveLength(1);
  });

  it("never retries a 4xx", async () => {
    receiver = await startWebhookReceiver();
    receiver.script.push({ status: 400, body: { error: "bad" } });
    const { send, waits } = deliveries();
    expect(await send(webhook(receiver.url))).toEqual({
      status: "failed",
      attempts: 1,
      httpStatus: 400,
      error: 'the webhook refused the alert: HTTP 400: {"error":"bad"}',
    });
    expect(waits).toEqual([]);
    expect(receiver.requests).toBe(1);
  });

  it("does not follow a redirect", async () => {
    receiver = await startWebhookReceiver();
    receiver.script.push({ status: 307 });
    const { send } = deliveries();
    expect(await send(webhook(receiver.url))).toMatchObject({ status: "failed", attempts: 1, httpStatus: 307 });
    expect(receiver.requests).toBe(1);
  });

  it("tries 5 times in all when the channel cannot be reached, 1, 2, 4 and 8 s apart", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { send, waits } = deliveries();
    expect(await send(webhook(`http://127.0.0.1:${port}/hook`))).toEqual({
      status: "failed",
      attempts: 5,
      httpStatus: null,
      error: "the webhook could not be reached (ECONNREFUSED)",
    });
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it("gives up an attempt that gets no answer in time, and tries again", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const { send } = deliveries();
    try {
      expect(await send(webhook(`http://127.0.0.1:${port}/hook`), { policy: { maxAttempts: 2, timeoutMs: 50 } })).toEqual({
        status: "failed",
        attempts: 2,
        httpStatus: null,
        error: "the webhook did not answer within 0.05 s",
      });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("stops when told, as interrupted", async () => {
    receiver = await startWebhookReceiver();
    receiver.script.push({ status: 503 });
    const stop = new AbortController();
    const { send } = deliveries();
    const result = await send(webhook(receiver.url), {
      signal: stop.signal,
      sleep: () => {
        stop.abort(new Error("stopping"));
        return new Promise(() => {});
      },
    });
    expect(result).toEqual({ status: "failed", attempts: 1, httpStatus: 503, error: "interrupted" });
  });

  it("is refused, once, by a webhook receiver that finds the signature wrong", async () => {
    receiver = await startWebhookReceiver({ secret: "the-receivers-secret" });
    const target: AlertTarget = { channel: "webhook", url: receiver.url, secret: "another-secret" };
    const digest = buildAlertDigest({ expiring: 1, entries: [buildDigestEntry()] });
    const result = await deliver(target, (nowMs) => alertRequest(target, digest, { language: "en", link: undefined }, nowMs));
    expect(result).toEqual({ status: "failed", attempts: 1, httpStatus: 401, error: 'the webhook refused the alert: HTTP 401: {"error":"bad signature"}' });
    expect(receiver.refusals).toEqual(["bad signature"]);
  });

  it("is refused by DingTalk when its signature is dated more than an hour away from DingTalk's clock", async () => {
    receiver = await startDingTalkReceiver({ token: "dingtoken-1234", secret: "SECding-1234", now: () => 1_796_684_640_000 });
    const target: AlertTarget = { channel: "dingtalk", url: receiver.url, secret: "SECding-1234" };
    const digest = buildAlertDigest({ expiring: 1, entries: [buildDigestEntry()] });
    const build = (nowMs: number) => alertRequest(target, digest, { language: "zh-CN", link: undefined }, nowMs);
    const late = await deliver(target, build, { now: () => 1_796_684_640_000 + 3_600_001 });
    expect(late).toMatchObject({ status: "failed", attempts: 1, error: "DingTalk refused the alert: errcode 310000 (timestamp is not within one hour)" });
    expect(await deliver(target, build, { now: () => 1_796_684_640_000 + 3_599_000 })).toMatchObject({ status: "sent", attempts: 1 });
  });
});
