import { afterEach, describe, expect, it, vi } from "vitest";
import type { FaultRule } from "#testing/fake-bss";
import { BSS_PATHS } from "#contract/huawei-api";
import { createManualClock } from "./testing/manual-clock.ts";
import { type Harness, type HarnessOptions, startProxyHarness } from "./testing/proxy-harness.ts";

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// Long enough that a normal answer never hits it on a busy machine, short enough that a hang's
// timeout keeps the test quick.
const UPSTREAM_TIMEOUT_MS = 1500;
// One second of Huawei's flow control plus the queue's 50 ms margin.
const TURN_MS = 1050;

async function withFaults(rules: FaultRule[], options: HarnessOptions = {}): Promise<Harness> {
  h = await startProxyHarness({ upstreamTimeoutMs: UPSTREAM_TIMEOUT_MS, ...options });
  h.fake.state.faults = rules;
  return h;
}

const lookup = (harness: Harness) => harness.post(TAGS, { limit: 5 });

describe("faults at Huawei, as the browser sees them through the proxy", () => {
  it("a slow answer within the timeout arrives normally", async () => {
    const harness = await withFaults([{ fault: { kind: "delay", ms: 150 } }]);
    const res = await lookup(harness);
    expect(res.status).toBe(200);
    expect(res.body.new_customer_tags).toHaveLength(5);
  });

  it("a hanging call times out and is retried; the retry answers", async () => {
    const harness = await withFaults([{ times: 1, fault: { kind: "hang" } }]);
    const res = await lookup(harness);
    expect(res.status).toBe(200);
    expect(harness.fake.state.stats.calls.newCustomerTags).toBe(2);
  });

  it("a call that always hangs ends in 504 PROXY.0504 with a request id", async () => {
    const harness = await withFaults([{ times: "always", fault: { kind: "hang" } }], { retry: { maxAttempts: 2 } });
    const res = await lookup(harness);
    expect(res.status).toBe(504);
    expect(res.body.error_code).toBe("PROXY.0504");
    expect(res.body.error_msg).toMatch(/request id [0-9a-f-]{36}/);
    expect(res.body.error_msg).toBe(res.body.error_msg?.replace(/\n\s+at /, ""));
  });

  it.each([500, 502, 503])("a passing %i is retried and the user gets the data", async (status) => {
    const harness = await withFaults([{ times: 2, fault: { kind: "status", status } }]);
    const res = await lookup(harness);
    expect(res.status).toBe(200);
    expect(harness.fake.state.stats.calls.newCustomerTags).toBe(3);
  });

  it("a lasting 500 reaches the browser with Huawei's code after the retries", async () => {
    const harness = await withFaults([{ times: "always", fault: { kind: "status", status: 500, error_code: "CBC.0999", error_msg: "boom" } }]);
    const res = await lookup(harness);
    expect(res).toMatchObject({ status: 500, body: { error_code: "CBC.0999", error_msg: "boom" } });
    expect(harness.fake.state.stats.calls.newCustomerTags).toBe(4);
  });

  it("a connection reset is retried", async () => {
    const harness = await withFaults([{ times: 1, fault: { kind: "reset" } }]);
    expect((await lookup(harness)).status).toBe(200);
  });

  it("malformed JSON is retried, and when it lasts answers 502 PROXY.0502", async () => {
    const once = await withFaults([{ times: 1, fault: { kind: "malformed" } }]);
    expect((await lookup(once)).status).toBe(200);
    once.fake.state.faults = [{ times: "always", fault: { kind: "malformed" } }];
    const res = await lookup(once);
    expect(res).toMatchObject({ status: 502, body: { error_code: "PROXY.0502" } });
  });

  it("a throttling burst (429 APIG.0308) is waited out, honouring Retry-After", async () => {
    const harness = await withFaults([
      { times: 3, fault: { kind: "status", status: 429, error_code: "APIG.0308", retryAfterSeconds: 0 } },
    ]);
    const answers = await Promise.all([1, 2, 3].map(() => lookup(harness)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
  });

  it("the proxy's own queue keeps Huawei's flow control: 25 calls at 10/s are never throttled", async () => {
    // One hand-driven clock for the proxy's queue and the fake gateway's sliding window, so the
    // test sees whole turns, whatever the machine's load does to real time.
    const clock = createManualClock(Date.now());
    const harness = (h = await startProxyHarness({
      rateLimitPerSecond: 10,
      queueClock: clock,
      fake: { rateLimitPerSecond: 10, now: () => new Date(clock.now()) },
    }));
    const calls = () => harness.fake.state.stats.calls.newCustomerTags;
    const answers = Promise.all(Array.from({ length: 25 }, () => lookup(harness)));
    await vi.waitFor(() => expect([calls(), harness.queued()]).toEqual([10, 15]));
    clock.advance(TURN_MS);
    await vi.waitFor(() => expect([calls(), harness.queued()]).toEqual([20, 5]));
    clock.advance(TURN_MS);
    await vi.waitFor(() => expect(calls()).toBe(25));
    expect((await answers).map((a) => a.status)).toEqual(Array.from({ length: 25 }, () => 200));
    expect(harness.fake.state.stats.throttled).toBe(0);
  });

  it("a wrong signature (401 APIGW.0301) is passed through and never retried", async () => {
    const harness = await withFaults([{ times: 1, fault: { kind: "status", status: 401, error_code: "APIGW.0301", error_msg: "verify aksk signature fail" } }]);
    const res = await lookup(harness);
    expect(res).toMatchObject({ status: 401, body: { error_code: "APIGW.0301" } });
    expect(harness.fake.state.stats.calls.newCustomerTags).toBe(1);
  });

  it("an expired token is replaced once and the call succeeds", async () => {
    const harness = await withFaults([], { auth: "iam" });
    expect((await lookup(harness)).status).toBe(200);
    harness.fake.state.tokens.expireAll();
    expect((await lookup(harness)).status).toBe(200);
    expect(harness.fake.state.tokens.issuedCount).toBe(2);
  });

  it("while Huawei is down the circuit opens and calls answer 503 at once", async () => {
    const harness = await withFaults([{ times: "always", fault: { kind: "status", status: 503 } }], {
      retry: { maxAttempts: 1 },
      breaker: { threshold: 3, cooldownMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) expect((await lookup(harness)).status).toBe(503);
    const callsBefore = harness.fake.state.stats.calls.newCustomerTags;
    const res = await lookup(harness);
    expect(res).toMatchObject({ status: 503, body: { error_code: "PROXY.0503" } });
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(harness.fake.state.stats.calls.newCustomerTags).toBe(callsBefore);
  });

  it("after the cooldown one probe closes the circuit again", async () => {
    const clock = createManualClock();
    const harness = await withFaults([{ times: 2, fault: { kind: "status", status: 502 } }], {
      retry: { maxAttempts: 1 },
      breaker: { threshold: 2, cooldownMs: 200, now: clock.now },
    });
    await lookup(harness);
    await lookup(harness);
    expect((await lookup(harness)).status).toBe(503);
    clock.advance(250);
    expect((await lookup(harness)).status).toBe(200);
    expect((await lookup(harness)).status).toBe(200);
  });

  it("one failing Huawei API opens only its own circuit: tag lookups still answer", async () => {
    const harness = await withFaults(
      [{ times: "always", api: "subCustomers", fault: { kind: "status", status: 503 } }],
      { retry: { maxAttempts: 1 }, breaker: { threshold: 2, cooldownMs: 60_000 } },
    );
    const customers = () => harness.post(`/api${BSS_PATHS.subCustomers}`, { limit: 10 });
    await customers();
    await customers();
    expect((await customers()).body.error_code).toBe("PROXY.0503");
    const res = await lookup(harness);
    expect(res.status).toBe(200);
    expect(res.body.new_customer_tags).toHaveLength(5);
  });

  it("a hanging Huawei ends at the request's deadline across retries, and the 504 says so truly", async () => {
    const harness = await withFaults([{ times: "always", fault: { kind: "hang" } }], {
      upstreamTimeoutMs: 600,
      upstreamDeadlineMs: 1000,
      retry: { maxAttempts: 10 },
    });
    const res = await lookup(harness);
    expect(res.status).toBe(504);
    expect(res.body.error_code).toBe("PROXY.0504");
    // Either the queue or the retry loop may be the one that notices; both state the real limit.
    expect(res.body.error_msg).toMatch(/\b1 s\b.*\(UPSTREAM_DEADLINE_MS\)/);
    // Ten attempts were allowed; the deadline let at most two start.
    expect(harness.fake.state.stats.calls.newCustomerTags).toBeLessThanOrEqual(2);
  });

  it("refuses new calls with 503 PROXY.0529 when the queue is full, instead of piling up", async () => {
    h = await startProxyHarness({ rateLimitPerSecond: 1, maxQueuedCalls: 2 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => lookup(h as Harness)));
    const codes = answers.map((a) => a.body.error_code ?? a.status);
    expect(codes.filter((c) => c === "PROXY.0529").length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThan(0);
  });

  it("limits each client with 429 and Retry-After", async () => {
    h = await startProxyHarness({ clientRateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await lookup(h));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 429]);
    expect(statuses[3]?.body.error_code).toBe("PROXY.0429");
    expect(Number(statuses[3]?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
