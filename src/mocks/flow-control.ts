import type { BssApi } from "#contract/huawei-api";
import { type BssResponse, bssError } from "./bss-errors.ts";

const WINDOW_MS = 1_000;

export interface FlowControlOptions {
  /** Calls allowed per API in any one-second window; Huawei's default for partner APIs is 10. */
  limitPerSecond?: number;
  /** Milliseconds clock, injectable so tests need no real waiting. */
  now?: () => number;
}

/** A per-API sliding-window limiter, the way Huawei's gateway counts calls per API. */
export interface FlowControl {
  /** Counts a call and returns the 429 answer if it is over the limit (rejected calls do not count). */
  admit(api: BssApi): BssResponse | undefined;
  readonly limitPerSecond: number;
  /** Forgets every past call. */
  reset(): void;
}

/** The gateway's throttling answer, with its exact wording. */
export function throttled(limitPerSecond: number): BssResponse {
  return bssError(
    429,
    "APIG.0308",
    `The throttling threshold has been reached: policy user over ratelimit, limit:${limitPerSecond}, time:1 second`,
  );
}

/** Creates a limiter that allows `limitPerSecond` calls per API in any sliding one-second window. */
export function createFlowControl(options: FlowControlOptions = {}): FlowControl {
  const limitPerSecond = options.limitPerSecond ?? 10;
  const now = options.now ?? Date.now;
  const calls = new Map<BssApi, number[]>();
  return {
    limitPerSecond,
    admit(api) {
      const time = now();
      const recent = (calls.get(api) ?? []).filter((t) => t > time - WINDOW_MS);
      calls.set(api, recent);
      if (recent.length >= limitPerSecond) return throttled(limitPerSecond);
      recent.push(time);
      return undefined;
    },
    reset() {
      calls.clear();
    },
  };
}
