import { describe, expect, it } from "vitest";
import { PROXY_ERRORS, ProxyError } from "../errors.ts";
import type { BssAnswer, BssCall } from "./bss-client.ts";
import { parseRetryAfter, withRetry } from "./retry.ts";

const ok: BssAnswer = { ok: true, status: 200, body: { new_customer_tags: [] } };
const fail = (status: number, code: string, retryAfter?: string): BssAnswer => ({
  ok: false,
  status,
  body: { error_code: code, error_msg: code },
  retryAfter,
});

function scripted(outcomes: Array<BssAnswer | Error>) {
  const calls: number[] = [];
  const call: BssCall = async () => {
    calls.push(calls.length);
    const next = outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
    if (next instanceof Error) throw next;
    return next;
  };
  return { call, calls };
}

function run(outcomes: Array<BssAnswer | Error>, maxAttempts = 4) {
  const delays: number[] = [];
  const { call, calls } = scripted(outcomes);
  const retrying = withRetry(call, {
    maxAttempts,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    now: () => 0,
  });
  return { result: retrying("newCustomerTags", {}), delays, calls };
}

describe("withRetry", () => {
  it("retries throttling (429 APIG.0308, CBC.0250) and then succeeds, waiting 2-5 s", async () => {
    const r = run([fail(429, "APIG.0308"), fail(429, "CBC.0250"), ok]);
    await expect(r.result).resolves.toEqual(ok);
    expect(r.calls).toHaveLength(3);
    expect(r.delays.every((d) => d >= 2000 && d <= 5000)).toBe(true);
  });

  it("honours Retry-After", async () => {
    const r = run([fail(429, "APIGW.0308", "7"), ok]);
    await r.result;
    expect(r.delays).toEqual([7000]);
  });

  it("retries 5xx, timeouts and connection failures with growing delays", async () => {
    const r = run([
      fail(500, "CBC.0999"),
      new ProxyError(504, PROXY_ERRORS.upstreamTimeout, "timeout"),
      new ProxyError(502, PROXY_ERRORS.upstreamUnreachable, "reset"),
      ok,
    ]);
    await expect(r.result).resolves.toEqual(ok);
    expect(r.delays[1]!).toBeGreaterThan(r.delays[0]!);
    expect(r.delays[2]!).toBeGreaterThan(r.delays[1]!);
  });

  it.each([
    [400, "CBC.0100"],
    [400, "CBC.99000037"],
    [401, "APIGW.0301"],
    [403, "CBC.0151"],
  ])("never retries %i %s", async (status, code) => {
    const r = run([fail(status, code), ok]);
    await expect(r.result).resolves.toMatchObject({ status, body: { error_code: code } });
    expect(r.calls).toHaveLength(1);
  });

  it("gives up after the last attempt with the last answer", async () => {
    const r = run([fail(503, "CBC.0999")], 3);
    await expect(r.result).resolves.toMatchObject({ status: 503 });
    expect(r.calls).toHaveLength(3);
  });

  it("rethrows a final transport error", async () => {
    const r = run([new ProxyError(504, PROXY_ERRORS.upstreamTimeout, "timeout")], 2);
    await expect(r.result).rejects.toMatchObject({ code: PROXY_ERRORS.upstreamTimeout });
  });

  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(5000).toUTCString(), 0)).toBe(5000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});
