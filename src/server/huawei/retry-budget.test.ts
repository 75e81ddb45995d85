import { describe, expect, it } from "vitest";
import { createRetryBudget } from "./retry-budget.ts";

describe("retry budget", () => {
  it("allows the floor of retries, then one per five calls in the window", () => {
    let t = 0;
    const budget = createRetryBudget({ floor: 2, ratio: 0.2, windowMs: 1000, now: () => t });
    for (let i = 0; i < 10; i++) budget.recordCall();
    // 2 + 10 x 0.2 = 4 retries.
    expect([1, 2, 3, 4, 5].map(() => budget.tryRetry())).toEqual([true, true, true, true, false]);
    t = 1001;
    // The window moved on: the calls and retries above no longer count.
    expect(budget.tryRetry()).toBe(true);
  });

  it("keeps only the window's calls however many pass without a retry", () => {
    let t = 0;
    const budget = createRetryBudget({ windowMs: 1000, now: () => t });
    for (let i = 0; i < 100_000; i++) {
      t = i; // one call per millisecond for 100 s
      budget.recordCall();
    }
    // Counted, the calls of the last second only: a long day without retries holds no history.
    expect(budget.callsInWindow()).toBe(1000);
  });
});
