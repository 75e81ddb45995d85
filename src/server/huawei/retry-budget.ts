/** Limits retries to a share of recent calls, so a struggling Huawei is not hit with a retry storm. */
export interface RetryBudget {
  /** Counts a call (first attempts only). */
  recordCall(): void;
  /** True, and counted, when one more retry fits in the budget. */
  tryRetry(): boolean;
  /** Calls counted in the current window. */
  callsInWindow(): number;
}

/**
 * Times of events in a sliding window, oldest first. Old times leave as new ones arrive (not only
 * when someone asks), so a day of calls without a retry holds one window of times, not the day's.
 */
function createWindow(windowMs: number, now: () => number) {
  let times: number[] = [];
  let head = 0;
  const prune = () => {
    const oldest = now() - windowMs;
    while (head < times.length && (times[head] ?? 0) <= oldest) head++;
    // Drop the passed times in one copy once they are half the array.
    if (head > 1024 && head * 2 > times.length) {
      times = times.slice(head);
      head = 0;
    }
  };
  return {
    add() {
      prune();
      times.push(now());
    },
    count() {
      prune();
      return times.length - head;
    },
  };
}

/** A sliding-window budget: retries at most `ratio` of the calls of the window, plus a small floor. */
export function createRetryBudget(options: { ratio?: number; floor?: number; windowMs?: number; now?: () => number } = {}): RetryBudget {
  const ratio = options.ratio ?? 0.2;
  const floor = options.floor ?? 10;
  const windowMs = options.windowMs ?? 10_000;
  const now = options.now ?? Date.now;
  const calls = createWindow(windowMs, now);
  const retries = createWindow(windowMs, now);
  return {
    recordCall: calls.add,
    tryRetry() {
      if (retries.count() >= floor + calls.count() * ratio) return false;
      retries.add();
      return true;
    },
    callsInWindow: calls.count,
  };
}
