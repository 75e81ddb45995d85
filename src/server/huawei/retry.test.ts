import { describe, expect, it } from "vitest";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { BssAnswer } from "./bss-client.ts";
import type { CallContext, ContextCall } from "./call-context.ts";
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
  const call: ContextCall = async () => {
    calls.push(calls.length);
    const next = outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
    if (next instanceof Error) throw next;
    return next;
  };
  return { call, calls };
}

const context = (overrides: Partial<CallContext> = {}): CallContext => ({
  client: "address:127.0.0.1",
  priority: "user",
  signal: new AbortController().signal,
  deadline: { at: 60_000, totalMs: 60_000 },
  ...overrides,
});

/** Runs scripted outcomes through withRetry; each sleep and each call moves the clock as told. */
function run(
  outcomes: Array<BssAnswer | Error>,
  maxAttempts = 4,
  { callMs = 0, callContext = context() }: { callMs?: number; callContext?: CallContext } = {},
) {
  let time = 0;
  const delays: number[] = [];
  const { call, calls } = scripted(outcomes);
  // Like the real client, an attempt ends at the deadline at the latest.
  const timed: ContextCall = async (...args) => {
    time += Math.min(callMs, callContext.deadline.at - time);
    return call(...args);
  };
  const retrying = withRetry(timed, {
    maxAttempts,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
      time += ms;
    },
    now: () => time,
  });
  return { result: retrying("newCustomerTags", {}, callContext), delays, calls };
}

const timeout = () => new ProxyError(504, PROXY_ERRORS.upstreamTimeout, "Huawei did not answer within 10 s");

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

  it("stops at the request's deadline and says so with the real figures", async () => {
    // 10 s attempts, a 15 s deadline: the second attempt would not fit after the first's backoff.
    const r = run([timeout()], 4, { callMs: 10_000, callContext: context({ deadline: { at: 15_000, totalMs: 15_000 } }) });
    await expect(r.result).rejects.toMatchObject({
      status: 504,
      code: "PROXY.0504",
      message: "Huawei did not answer in time: 2 attempts in 15 s, and the proxy's limit for one request is 15 s (UPSTREAM_DEADLINE_MS)",
    });
    expect(r.calls).toHaveLength(2);
  });

  it("never waits for a retry that would end after the deadline", async () => {
    // Huawei asks for 30 s (capped at 8 s); the deadline is 5 s away.
    const r = run([fail(429, "APIG.0308", "30"), ok], 4, { callContext: context({ deadline: { at: 5000, totalMs: 5000 } }) });
    await expect(r.result).resolves.toMatchObject({ status: 429 });
    expect(r.delays).toEqual([]);
  });

  it("reports attempts that ran out before the deadline without blaming it", async () => {
    const r = run([timeout()], 2, { callMs: 1000 });
    await expect(r.result).rejects.toMatchObject({ message: "Huawei did not answer in time: 2 attempts in 2.3 s" });
  });

  it("stops retrying once the caller has gone, with the abort's reason", async () => {
    const gone = new AbortController();
    const { call, calls } = scripted([fail(503, "CBC.0999"), ok]);
    const retrying = withRetry(
      async (...args) => {
        gone.abort(new ProxyError(499, PROXY_ERRORS.clientGone, "gone"));
        return call(...args);
      },
      { sleep: () => new Promise(() => {}) },
    );
    await expect(retrying("newCustomerTags", {}, context({ signal: gone.signal }))).rejects.toMatchObject({ code: "PROXY.0499" });
    expect(calls).toHaveLength(1);
  });

  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(5000).toUTCString(), 0)).toBe(5000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });
});
