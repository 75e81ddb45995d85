import { describe, expect, it } from "vitest";
import { createFlowControl } from "./flow-control.ts";

function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: async (ms: number) => {
      time += ms;
    },
  };
}

describe("flow control", () => {
  it("lets the first N calls start at once and spaces the rest to N per second", async () => {
    const clock = fakeClock();
    const flow = createFlowControl({ perSecond: 10, marginMs: 0, ...clock });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 25 }, () => flow.acquire().then(() => starts.push(clock.now()))),
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
      await flow.acquire();
      starts.push(clock.now());
    }
    for (const t of starts) {
      expect(starts.filter((s) => s >= t && s < t + 1000).length).toBeLessThanOrEqual(3);
    }
    expect(flow.waiting).toBe(0);
  });
});
