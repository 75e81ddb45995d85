import { request } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { createManualClock, type ManualClock } from "./testing/manual-clock.ts";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

// Issue 11, point 1: one client must not starve the others, and a call nobody waits for any more
// must not be sent. The queue's clock is driven by hand, so each test sees whole turns of
// Huawei's 10 calls/s and asserts on which calls went, not on how long anything took.
const TAGS = `/api${BSS_PATHS.newCustomerTags}`;
const TURN_MS = 1050; // one second of flow control plus its 50 ms margin

let h: Harness | undefined;
let clock: ManualClock;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(overrides: Parameters<typeof startProxyHarness>[0] = {}): Promise<Harness> {
  clock = createManualClock();
  // Clients are told apart by address: the test is the trusted reverse proxy that names them.
  h = await startProxyHarness({ rateLimitPerSecond: 10, queueClock: clock, trustProxy: "127.0.0.1", ...overrides });
  return h;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A tag lookup from one client, each on its own connection (as separate browsers would be); aborting closes it. */
function lookupAs(harness: Harness, address: string, signal?: AbortSignal): Promise<Answer> {
  const payload = JSON.stringify({ limit: 5 });
  return new Promise((resolve, reject) => {
    const req = request(
      `${harness.url}${TAGS}`,
      {
        method: "POST",
        agent: false,
        signal,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(payload),
          [CSRF_HEADER.name]: CSRF_HEADER.value,
          "X-Forwarded-For": address,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const upstreamCalls = (harness: Harness) => harness.fake.state.stats.calls.newCustomerTags;

describe("fair queueing of Huawei calls, over real HTTP", () => {
  it("answers a second client's single call in the next turn while one client floods the queue", async () => {
    const harness = await start();
    let heavyAnswered = 0;
    const heavy = Array.from({ length: 40 }, () =>
      lookupAs(harness, "10.0.0.1").then((res) => {
        heavyAnswered += 1;
        return res.status;
      }),
    );
    await vi.waitFor(() => expect([upstreamCalls(harness), harness.queued()]).toEqual([10, 30]));

    const light = lookupAs(harness, "10.0.0.2");
    await vi.waitFor(() => expect(harness.queued()).toBe(31));
    clock.advance(TURN_MS);
    const answer = await light;

    // One turn (1.05 s at 10 calls/s) brought the light client's answer: it went out with that
    // turn's 10 calls, behind one of the heavy client's 30 waiting calls, not behind all of them.
    expect(answer.status).toBe(200);
    expect(heavyAnswered).toBeLessThanOrEqual(19);
    expect(harness.queued()).toBe(21);
    await vi.waitFor(() => expect(upstreamCalls(harness)).toBe(20));

    for (const left of [11, 1, 0]) {
      clock.advance(TURN_MS);
      await vi.waitFor(() => expect(harness.queued()).toBe(left));
    }
    expect((await Promise.all(heavy)).every((status) => status === 200)).toBe(true);
  });

  it("never sends the queued calls of 100 clients that gave up: at most the 10 already in flight reach Huawei", async () => {
    const harness = await start();
    // The first turn's calls are still at Huawei when their clients give up: their answers are dropped.
    harness.fake.state.faults = [{ times: 10, fault: { kind: "delay", ms: 300 } }];
    const clients = Array.from({ length: 100 }, () => new AbortController());
    const requests = clients.map((client, i) =>
      lookupAs(harness, `10.1.${Math.floor(i / 200)}.${i % 200}`, client.signal).catch((error: Error) => error.name),
    );
    await vi.waitFor(() => expect([upstreamCalls(harness), harness.queued()]).toEqual([10, 90]));
    for (const client of clients) client.abort();
    const outcomes = await Promise.all(requests);
    expect(outcomes.filter((outcome) => outcome === "AbortError").length).toBeGreaterThanOrEqual(90);
    await vi.waitFor(() => expect(harness.queued()).toBe(0));
    clock.advance(TURN_MS);
    const later = await lookupAs(harness, "10.2.0.1");
    expect(later.status).toBe(200);
    expect(upstreamCalls(harness)).toBe(11);
    expect(harness.logs.join("")).not.toContain("unexpected error");
  });

  it("refuses a client's call beyond its bound with 429 and Retry-After in Huawei's shape; others still queue", async () => {
    const harness = await start({ rateLimitPerSecond: 1, maxQueuedCallsPerClient: 2 });
    const first = lookupAs(harness, "10.0.0.1");
    await vi.waitFor(() => expect(upstreamCalls(harness)).toBe(1));
    const queued = [lookupAs(harness, "10.0.0.1"), lookupAs(harness, "10.0.0.1")];
    await vi.waitFor(() => expect(harness.queued()).toBe(2));

    const refused = await lookupAs(harness, "10.0.0.1");
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("1");
    expect(refused.body).toEqual({
      error_code: "PROXY.0429",
      error_msg: "This client already has 2 calls to Huawei waiting for their turn (at most 2); try again in 1 s",
      retry_after_s: 1,
    });

    const other = lookupAs(harness, "10.0.0.2");
    await vi.waitFor(() => expect(harness.queued()).toBe(3));
    for (let turn = 0; turn < 3; turn++) {
      clock.advance(TURN_MS);
      await vi.waitFor(() => expect(upstreamCalls(harness)).toBe(turn + 2));
    }
    const statuses = await Promise.all([first, ...queued, other].map(async (res) => (await res).status));
    expect(statuses).toEqual([200, 200, 200, 200]);
  });
});
