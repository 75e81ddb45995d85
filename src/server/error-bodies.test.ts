import { afterEach, describe, expect, it } from "vitest";
import { BSS_PATHS, errorBodySchema } from "#contract/huawei-api";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "./errors.ts";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

// Where a wait applies, the proxy's own error bodies carry it as a number, so the browser can say
// "wait 60 s" in its own language instead of showing the English `error_msg`.
const TAGS = `/api${BSS_PATHS.newCustomerTags}`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("the proxy's error bodies", () => {
  it("carry retry_after_s only when a wait applies", () => {
    expect(new ProxyError(503, PROXY_ERRORS.busy, "busy", 5).toBody()).toEqual({
      error_code: "PROXY.0529",
      error_msg: "busy",
      retry_after_s: 5,
    });
    expect(new ProxyError(504, PROXY_ERRORS.upstreamTimeout, "slow").toBody()).toEqual({
      error_code: "PROXY.0504",
      error_msg: "slow",
    });
  });

  it("give a client over its rate limit the seconds to wait, in the body as in Retry-After", async () => {
    h = await startProxyHarness({ clientRateLimitPerMinute: 1 });
    expect((await h.post(TAGS, { limit: 1 })).status).toBe(200);
    const refused = await h.post(TAGS, { limit: 1 });
    expect(refused.status).toBe(429);
    const body = errorBodySchema.parse(refused.body);
    expect(body.error_code).toBe("PROXY.0429");
    // The limiter's window runs on the real clock: what is left of the minute.
    expect(body.retry_after_s).toBeGreaterThan(0);
    expect(body.retry_after_s).toBeLessThanOrEqual(60);
    expect(refused.headers.get("retry-after")).toBe(String(body.retry_after_s));
  });

  it("say how long the calls to a failing Huawei stay paused", async () => {
    h = await startProxyHarness({
      retry: { maxAttempts: 1 },
      // A stopped clock: the pause left is exactly the cooldown.
      breaker: { threshold: 1, cooldownMs: 30_000, now: () => 1_000_000 },
    });
    h.fake.state.faults = [{ times: 1, fault: { kind: "status", status: 503 } }];
    expect((await h.post(TAGS, { limit: 1 })).status).toBe(503);
    const paused = await h.post(TAGS, { limit: 1 });
    expect(errorBodySchema.parse(paused.body)).toMatchObject({
      error_code: "PROXY.0503",
      retry_after_s: 30,
    });
    expect(paused.headers.get("retry-after")).toBe("30");
  });
});
