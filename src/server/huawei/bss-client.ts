import {
  BSS_PATHS,
  type BssApi,
  customerQueryResponseSchema,
  type ErrorBody,
  resellerQueryResponseSchema,
  tagQueryResponseSchema,
} from "#contract/huawei-api";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import { metrics } from "../metrics.ts";
import type { Authenticator } from "./authenticator.ts";
import type { Caller, ContextCall } from "./call-context.ts";
import { postRaw, type RawAnswer } from "./http-post.ts";
import { parseRetryAfter } from "./retry.ts";

// The tag answer holds no personal data, so once it validates its text is forwarded as it came
// (no re-serialisation on the hot path). The list answers are re-serialised from the parsed data,
// which drops what the schemas leave out: contact fields.
const FORWARD_RAW: ReadonlySet<BssApi> = new Set(["newCustomerTags"]);

const RESPONSE_SCHEMAS = {
  newCustomerTags: tagQueryResponseSchema,
  indirectPartners: resellerQueryResponseSchema,
  subCustomers: customerQueryResponseSchema,
} as const;

/** What Huawei answered: a parsed success body, or its error with the HTTP status. */
export type BssAnswer =
  | {
      ok: true;
      status: number;
      body: unknown;
      /** Huawei's own text, when it can be forwarded unchanged (nothing was removed from it). */
      raw?: string | undefined;
    }
  | { ok: false; status: number; body: ErrorBody; retryAfter?: string | undefined };

export interface BssClientOptions {
  endpoint: string;
  authenticator: Authenticator;
  domainId?: string | undefined;
  /** Timeout of one attempt; shortened to what is left of the request's deadline. */
  timeoutMs: number;
  now?: () => number;
}

/** Calls one BSS API for a caller; throws ProxyError when Huawei cannot be reached or answers something unreadable. */
export type BssCall = (api: BssApi, body: object, caller: Caller) => Promise<BssAnswer>;

/** Creates the client that signs and sends requests to the configured BSS endpoint, and nowhere else. */
export function createBssClient(options: BssClientOptions): ContextCall {
  const now = options.now ?? Date.now;
  const send = async (
    api: BssApi,
    payload: string,
    deadlineAt: number,
  ): Promise<{ answer: BssAnswer; auth: Record<string, string> }> => {
    // The path comes from a fixed table: nothing the browser sends ever becomes part of the URL.
    const url = `${options.endpoint}${BSS_PATHS[api]}`;
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (options.domainId) headers["X-Domain-Id"] = options.domainId;
    const auth = await options.authenticator.headers({
      method: "POST",
      url,
      headers,
      body: payload,
    });
    let response: RawAnswer;
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs, deadlineAt - now()));
    const sentAt = performance.now();
    try {
      response = await postRaw(url, { ...headers, ...auth }, payload, timeoutMs);
    } catch (error) {
      throw transportError(error, timeoutMs);
    }
    metrics.upstreamSeconds.observe({ api }, (performance.now() - sentAt) / 1000);
    let answer: BssAnswer | undefined;
    try {
      answer = readAnswer(api, response);
      return { answer, auth };
    } finally {
      // Counted whether or not the answer could be read: Huawei answered either way.
      const errorCode = answer && !answer.ok ? answer.body.error_code : "";
      metrics.upstreamCalls.inc({ api, status: String(response.status), error_code: errorCode });
    }
  };

  return async (api, body, context) => {
    const payload = JSON.stringify(body);
    const first = await send(api, payload, context.deadline.at);
    if (first.answer.status === 401 && options.authenticator.refused(first.auth)) {
      return (await send(api, payload, context.deadline.at)).answer;
    }
    return first.answer;
  };
}

function readAnswer(api: BssApi, response: RawAnswer): BssAnswer {
  const json = parseJson(response.text);
  if (response.status >= 200 && response.status < 300) {
    const parsed = RESPONSE_SCHEMAS[api].safeParse(json);
    if (!parsed.success) {
      throw new ProxyError(
        502,
        PROXY_ERRORS.badUpstreamAnswer,
        "Huawei answered with a body the proxy could not read",
      );
    }
    return {
      ok: true,
      status: response.status,
      body: parsed.data,
      raw: FORWARD_RAW.has(api) ? response.text : undefined,
    };
  }
  const error = toErrorBody(json);
  if (!error) {
    const kind =
      response.status >= 300 && response.status < 400
        ? "a redirect, which is not followed"
        : "no error body";
    throw new ProxyError(
      502,
      PROXY_ERRORS.badUpstreamAnswer,
      `Huawei answered HTTP ${response.status} with ${kind}`,
      waitSeconds(response.header("retry-after")),
    );
  }
  return {
    ok: false,
    status: response.status,
    body: error,
    retryAfter: response.header("retry-after"),
  };
}

// Huawei's Retry-After (seconds or an HTTP date) as whole seconds for the browser.
function waitSeconds(header: string | undefined): number | undefined {
  const ms = parseRetryAfter(header, Date.now());
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Huawei's BSS uses {error_code, error_msg}; its gateway and IAM sometimes use {error: {code, message}}.
function toErrorBody(json: unknown): ErrorBody | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const record = json as Record<string, unknown>;
  if (typeof record.error_code === "string") {
    return {
      error_code: record.error_code,
      error_msg: typeof record.error_msg === "string" ? record.error_msg : "",
    };
  }
  const nested = record.error as Record<string, unknown> | undefined;
  if (nested && (typeof nested.code === "string" || typeof nested.code === "number")) {
    return {
      error_code: String(nested.code),
      error_msg: typeof nested.message === "string" ? nested.message : "",
    };
  }
  return undefined;
}

function transportError(error: unknown, timeoutMs: number): ProxyError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new ProxyError(
      504,
      PROXY_ERRORS.upstreamTimeout,
      `Huawei did not answer within ${Math.round(timeoutMs / 100) / 10} s`,
    );
  }
  const cause =
    error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : "";
  return new ProxyError(
    502,
    PROXY_ERRORS.upstreamUnreachable,
    `Huawei could not be reached${cause ? ` (${cause})` : ""}`,
  );
}
