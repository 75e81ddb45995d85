import type { AlertChannel } from "#contract/alerts-api";
import type { AlertTarget } from "../config.ts";
import { sleepUnlessAborted } from "../huawei/call-context.ts";
import type { AttemptOutcome } from "../store/alert-deliveries.ts";
import type { AlertRequest } from "./messages.ts";

/** How hard a delivery tries: attempts in all, the first wait (doubled after each attempt), one attempt's time limit. */
export interface DeliveryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  timeoutMs: number;
}

/** 5 attempts, 1, 2, 4 and 8 s apart, 10 s each: a channel down for half a minute still gets the digest. */
export const DELIVERY_POLICY: DeliveryPolicy = { maxAttempts: 5, baseDelayMs: 1000, timeoutMs: 10_000 };

/** What a delivery is told besides its request: policy, clock, sleep, when to stop, whom to tell of attempts. */
export interface DeliverOptions {
  policy?: Partial<DeliveryPolicy> | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** The clock the platforms' signatures are dated with (ms). */
  now?: (() => number) | undefined;
  /** Stops the delivery where it is (shutdown): it ends failed, "interrupted". */
  signal?: AbortSignal | undefined;
  /** Told after each attempt that another will follow. */
  onAttempt?: ((outcome: AttemptOutcome) => Promise<void>) | undefined;
}

/** What a delivery came to. */
export type DeliveryResult = AttemptOutcome & { status: "sent" | "failed" };

/** What one answer means: delivered, worth another attempt, or refused for good. */
export type Verdict = { verdict: "sent" | "retry" | "refused"; error: string | null };

const PLATFORM: Record<AlertChannel, string> = { webhook: "the webhook", wecom: "WeCom", dingtalk: "DingTalk", feishu: "Feishu" };

// An answer's body is read this far: enough for any platform's verdict.
const MAX_ANSWER_BYTES = 64 * 1024;

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
};

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a channel's answer means. 5xx is worth another attempt; 3xx and 4xx are final (an alert URL
 * must not send the digest elsewhere). A platform's HTTP 200 still refuses with a code other than
 * 0 (DingTalk 310000: sign mismatch; Feishu 19021), final too, except errcode -1, which WeCom and
 * DingTalk document as "system busy, try again".
 */
export function judgeAnswer(channel: AlertChannel, status: number, text: string): Verdict {
  const platform = PLATFORM[channel];
  if (status >= 500) return { verdict: "retry", error: `${platform} answered HTTP ${status}` };
  if (status >= 300 && status < 400) return { verdict: "refused", error: `${platform} answered HTTP ${status}, a redirect, which alerts do not follow` };
  if (status < 200 || status >= 300) {
    const body = excerpt(text);
    return { verdict: "refused", error: `${platform} refused the alert: HTTP ${status}${body ? `: ${body}` : ""}` };
  }
  if (channel === "webhook") return { verdict: "sent", error: null };
  const answer = parseJson(text);
  // Feishu's bots have answered both {code, msg} and, earlier, {StatusCode, StatusMessage}.
  const code = channel === "feishu" ? (answer?.code ?? answer?.StatusCode) : answer?.errcode;
  const message = channel === "feishu" ? (answer?.msg ?? answer?.StatusMessage) : answer?.errmsg;
  if (code === 0) return { verdict: "sent", error: null };
  if (typeof code !== "number") return { verdict: "refused", error: `${platform} answered HTTP ${status} without its result code: ${excerpt(text)}` };
  const error = `${platform} refused the alert: ${channel === "feishu" ? "code" : "errcode"} ${code}${typeof message === "string" ? ` (${excerpt(message)})` : ""}`;
  return { verdict: code === -1 && channel !== "feishu" ? "retry" : "refused", error };
}

/** A channel's secrets as they could show up in an error's text: its secret, and its URL's tokens. */
function secretsOf(target: AlertTarget): string[] {
  const url = new URL(target.url);
  const parts = [target.secret ?? "", ...url.searchParams.values(), ...url.pathname.split("/")];
  // Short parts are words ("robot", "send"); tokens are long.
  return parts.filter((part) => part.length >= 8);
}

/** The text without any of the channel's secrets. */
export function scrub(text: string, target: AlertTarget): string {
  return secretsOf(target).reduce((clean, secret) => clean.split(secret).join("***"), text);
}

async function readSome(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= MAX_ANSWER_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}

function transportError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : undefined;
  return `could not be reached${code ? ` (${code})` : ""}`;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Delivers one alert: POSTs the request `build` makes (anew for each attempt, so a signature's
 * timestamp is fresh), retrying network errors, timeouts and the verdicts worth it, waiting
 * `baseDelayMs`, then twice as long, between attempts. Never throws: failures are its result.
 */
export async function deliver(target: AlertTarget, build: (nowMs: number) => AlertRequest, options: DeliverOptions = {}): Promise<DeliveryResult> {
  const policy = { ...DELIVERY_POLICY, ...options.policy };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const stop = options.signal ?? new AbortController().signal;
  let last: AttemptOutcome = { attempts: 0, httpStatus: null, error: null };
  for (let attempt = 1; ; attempt++) {
    if (stop.aborted) return { ...last, status: "failed", error: "interrupted" };
    const request = build(now());
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    let verdict: Verdict;
    let httpStatus: number | null = null;
    try {
      const response = await fetch(request.url, {
        method: "POST",
        headers: request.headers,
        body: request.body,
        redirect: "manual",
        signal: AbortSignal.any([timeout, stop]),
      });
      httpStatus = response.status;
      verdict = judgeAnswer(target.channel, response.status, await readSome(response));
    } catch (error) {
      if (stop.aborted) return { attempts: attempt, httpStatus, status: "failed", error: "interrupted" };
      const why = timeout.aborted ? `did not answer within ${policy.timeoutMs / 1000} s` : transportError(error);
      verdict = { verdict: "retry", error: `${PLATFORM[target.channel]} ${why}` };
    }
    last = { attempts: attempt, httpStatus, error: verdict.error === null ? null : scrub(verdict.error, target) };
    if (verdict.verdict === "sent") return { ...last, status: "sent" };
    if (verdict.verdict === "refused" || attempt >= policy.maxAttempts) return { ...last, status: "failed" };
    await options.onAttempt?.(last);
    try {
      await sleepUnlessAborted(sleep, policy.baseDelayMs * 2 ** (attempt - 1), stop);
    } catch {
      return { ...last, status: "failed", error: "interrupted" };
    }
  }
}
