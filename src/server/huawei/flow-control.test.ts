import { describe, expect, it } from "vitest";
import type { CallPriority } from "./call-context.ts";
import { createFlowControl, type FlowControlOptions, type QueueTicket } from "./flow-control.ts";

// Time moves only when the limiter sleeps, and only after pending promise callbacks have run, as
// with a real timer.
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          time += ms;
          resolve();
        }),
      ),
  };
}

const ticket = (client: string, overrides: Partial<QueueTicket> = {}): QueueTicket => ({
  client,
  priority: "user",
  ...overrides,
});

/** Queues calls and records the order in which they get their turn, as `client:n`. */
function recorder(options: Partial<FlowControlOptions> = {}) {
  const clock = fakeClock();
  const flow = createFlowControl({ perSecond: 10, marginMs: 0, ...clock, ...options });
  const order: string[] = [];
  const counts = new Map<string, number>();
  const queue = (client: string, priority: CallPriority = "user", signal?: AbortSignal) => {
    const n = (counts.get(client) ?? 0) + 1;
    counts.set(client, n);
    return flow.acquire(ticket(client, { priority, signal })).then(() => {
      order.push(`${client}:${n}`);
    });
  };
  return { flow, clock, order, queue };
}

describe("flow control", () => {
  it("lets the first N calls start at once and spaces the rest to N per second", async () => {
    const clock = fakeClock();
    const flow = createFlowControl({ perSecond: 10, marginMs: 0, ...clock });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 25 }, () => flow.acquire(ticket("a")).then(() => starts.push(clock.now()))),
    );
    expect(starts.slice(0, 10).every((t) => t === 0)).toBe(true);
    for (let i = 10; i < starts.length; i++) {
      expect(starts[i]! - starts[i - 10]!).toBeGreaterThanOrEqual(1000);
    }
    expect(starts.at(-1)).toBe(2000);
  });

  it("keeps every one-second window at or below the limit, with the margin", async () => {
    const clock = fakeClock();
    const flow = createFlowControl({ perSecond: 3, marginMs: 20, ...clock });
    const starts: number[] = [];
    for (let i = 0; i < 12; i++) {
      await flow.acquire(ticket(`c${i % 2}`));
      starts.push(clock.now());
    }
    for (const t of starts) {
      expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(3);
    }
    expect(flow.waiting).toBe(0);
  });

  it("takes turns between clients: a newcomer's first call waits behind one call of each active client", async () => {
    const r = recorder({ perSecond: 1 });
    const all = [
      ...Array.from({ length: 5 }, () => r.queue("heavy")),
      ...Array.from({ length: 3 }, () => r.queue("other")),
      r.queue("light"),
    ];
    await Promise.all(all);
    // heavy:1 started at once; light joined behind heavy and other, so one call of each went first.
    expect(r.order).toEqual([
      "heavy:1",
      "heavy:2",
      "other:1",
      "light:1",
      "heavy:3",
      "other:2",
      "heavy:4",
      "other:3",
      "heavy:5",
    ]);
  });

  it("keeps each client's own calls in the order they came", async () => {
    const r = recorder({ perSecond: 2 });
    await Promise.all([r.queue("a"), r.queue("b"), r.queue("a"), r.queue("b"), r.queue("a")]);
    expect(r.order).toEqual(["a:1", "b:1", "a:2", "b:2", "a:3"]);
  });

  it("serves background work only when no user's call waits", async () => {
    const r = recorder({ perSecond: 1 });
    await Promise.all([r.queue("sync", "background"), r.queue("sync", "background"), r.queue("alice"), r.queue("bob")]);
    expect(r.order).toEqual(["sync:1", "alice:1", "bob:1", "sync:2"]);
  });

  it("drops an aborted call from the queue: it never gets a turn and rejects with the abort's reason", async () => {
    const r = recorder({ perSecond: 1 });
    const gone = new AbortController();
    const first = r.queue("a");
    const abandoned = r.queue("b", "user", gone.signal);
    const last = r.queue("c");
    expect(r.flow.waiting).toBe(2);
    gone.abort(new Error("client gone"));
    expect(r.flow.waiting).toBe(1);
    await expect(abandoned).rejects.toThrow("client gone");
    await Promise.all([first, last]);
    expect(r.order).toEqual(["a:1", "c:1"]);
    expect(r.clock.now()).toBe(1000);
  });

  it("refuses a call with 429 and Retry-After when its client already has the most calls waiting", async () => {
    const r = recorder({ perSecond: 1, maxPerClient: 2 });
    const queued = [r.queue("a"), r.queue("a"), r.queue("a")];
    await expect(r.flow.acquire(ticket("a"))).rejects.toMatchObject({
      status: 429,
      code: "PROXY.0429",
      retryAfterS: 1,
      message: "This client already has 2 calls to Huawei waiting for their turn (at most 2); try again in 1 s",
    });
    // Another client is not affected by a's bound.
    const other = r.queue("b");
    await Promise.all([...queued, other]);
    expect(r.order).toEqual(["a:1", "a:2", "b:1", "a:3"]);
  });

  it("refuses with 503 PROXY.0529 when the whole queue is full", async () => {
    const r = recorder({ perSecond: 1, maxWaiting: 1 });
    const queued = [r.queue("a"), r.queue("b")];
    await expect(r.flow.acquire(ticket("c"))).rejects.toMatchObject({ status: 503, code: "PROXY.0529" });
    await Promise.all(queued);
  });
});
