/** Limits retries to a share of recent calls, so a struggling Huawei is not hit with a retry storm. */
export interface RetryBudget {
  /** Counts a call (first attempts only). */
  recordCall(): void;
  /** True, and counted, when one more retry fits in the budget. */
  tryRetry(): boolean;
}

/** A sliding-window budget: retries at most `ratio` of the calls of the window, plus a small floor. */
export function createRetryBudget(options: { ratio?: number; floor?: number; windowMs?: number; now?: () => number } = {}): RetryBudget {
  const ratio = options.ratio ?? 0.2;
  const floor = options.floor ?? 10;
  const windowMs = options.windowMs ?? 10_000;
  const now = options.now ?? Date.now;
  const calls: number[] = [];
  const retries: number[] = [];
  const prune = (list: number[]) => {
    while (list.length > 0 && (list[0] ?? 0) <= now() - windowMs) list.shift();
  };
  return {
    recordCall() {
      calls.push(now());
    },
    tryRetry() {
      prune(calls);
      prune(retries);
      if (retries.length >= floor + calls.length * ratio) return false;
      retries.push(now());
      return true;
    },
  };
}
