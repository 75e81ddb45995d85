import type { BssApi } from "#contract/huawei-api";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { BssAnswer } from "./bss-client.ts";
import { type ContextCall, sleepUnlessAborted } from "./call-context.ts";

/** Huawei's throttling codes: the API gateway's and the BSS's own. */
export const THROTTLING_CODES = new Set(["APIG.0308", "APIGW.0308", "CBC.0250"]);

const TRANSIENT_PROXY_CODES = new Set<string>([
  PROXY_ERRORS.upstreamTimeout,
  PROXY_ERRORS.upstreamUnreachable,
  PROXY_ERRORS.badUpstreamAnswer,
]);

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Huawei advises 2 to 5 s after throttling when it sends no Retry-After. */
  throttleDelayMs?: [number, number];
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Told before each retry (for logs, metrics and the retry budget). */
  onRetry?: (info: RetryInfo) => void;
  /** Asked before each retry; false stops retrying (a spent retry budget). */
  mayRetry?: () => boolean;
}

/** One retry about to happen: which attempt failed, how long until the next, and why. */
export interface RetryInfo {
  api: BssApi;
  attempt: number;
  delayMs: number;
  reason: string;
  /** Huawei's flow control refused the call (APIG.0308, CBC.0250 or HTTP 429). */
  throttled: boolean;
}

type Outcome = { answer: BssAnswer } | { error: unknown };

/** Why an outcome is worth another try, or undefined when it is final (400, 401, 403 never are). */
export function retryReason(
  outcome: Outcome,
): { reason: string; throttled: boolean; retryAfter?: string } | undefined {
  if ("error" in outcome) {
    const error = outcome.error;
    if (error instanceof ProxyError && TRANSIENT_PROXY_CODES.has(error.code)) {
      const retryAfter = error.retryAfterS === undefined ? undefined : String(error.retryAfterS);
      return { reason: error.code, throttled: false, retryAfter };
    }
    return undefined;
  }
  const { answer } = outcome;
  if (answer.ok) return undefined;
  if (answer.status === 429 || THROTTLING_CODES.has(answer.body.error_code)) {
    return { reason: answer.body.error_code, throttled: true, retryAfter: answer.retryAfter };
  }
  if (answer.status >= 500)
    return { reason: `HTTP ${answer.status} ${answer.body.error_code}`, throttled: false };
  return undefined;
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`;

/** The 504 for a request whose attempts all timed out, stating what really happened. */
function timedOut(
  attempts: number,
  elapsedMs: number,
  deadlineMs: number,
  deadlineReached: boolean,
): ProxyError {
  const tried = `${attempts} attempt${attempts === 1 ? "" : "s"} in ${seconds(elapsedMs)} s`;
  const limit = deadlineReached
    ? `, and the proxy's limit for one request is ${seconds(deadlineMs)} s (UPSTREAM_DEADLINE_MS)`
    : "";
  return new ProxyError(
    504,
    PROXY_ERRORS.upstreamTimeout,
    `Huawei did not answer in time: ${tried}${limit}`,
  );
}

/**
 * Wraps a BSS call with jittered exponential backoff for throttling and transient failures, within
 * the request's deadline; stops as soon as the caller has gone.
 */
export function withRetry(call: ContextCall, options: RetryOptions = {}): ContextCall {
  const maxAttempts = options.maxAttempts ?? 4;
  const base = options.baseDelayMs ?? 300;
  const cap = options.maxDelayMs ?? 8000;
  const [throttleMin, throttleMax] = options.throttleDelayMs ?? [2000, 5000];
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;

  return async (api, body, context) => {
    const started = now();
    const { signal, deadline } = context;
    for (let attempt = 1; ; attempt++) {
      let outcome: Outcome;
      try {
        outcome = { answer: await call(api, body, context) };
      } catch (error) {
        outcome = { error };
      }
      // The client left (nobody reads this outcome), or the deadline passed before an answer came.
      // An answer that did come at the deadline is still used.
      const gone =
        signal.reason instanceof ProxyError && signal.reason.code === PROXY_ERRORS.clientGone;
      if (signal.aborted && (gone || "error" in outcome)) throw signal.reason;
      const why = retryReason(outcome);
      const asked = why && parseRetryAfter(why.retryAfter, now());
      const backoff = why?.throttled
        ? throttleMin + random() * (throttleMax - throttleMin)
        : random() * Math.min(cap, base * 2 ** (attempt - 1)) + base / 2;
      const delayMs = Math.min(cap, Math.max(asked ?? 0, backoff));
      // Another attempt needs the wait and some time to answer before the deadline.
      const fits = now() + delayMs < deadline.at;
      const allowed = why && attempt < maxAttempts && fits && (options.mayRetry?.() ?? true);
      if (!why || !allowed) {
        if ("answer" in outcome) return outcome.answer;
        const error = outcome.error;
        if (error instanceof ProxyError && error.code === PROXY_ERRORS.upstreamTimeout) {
          throw timedOut(attempt, now() - started, deadline.totalMs, !fits);
        }
        throw error;
      }
      options.onRetry?.({ api, attempt, delayMs, reason: why.reason, throttled: why.throttled });
      await sleepUnlessAborted(sleep, delayMs, signal);
    }
  };
}
