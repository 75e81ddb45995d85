import type { Logger } from "pino";
import type { BssApi } from "#contract/huawei-api";
import type { Config } from "../config.ts";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import { createAuthenticator } from "./authenticator.ts";
import { type BssCall, createBssClient } from "./bss-client.ts";
import type { ContextCall } from "./call-context.ts";
import { type CircuitBreakerOptions, withCircuitBreaker } from "./circuit-breaker.ts";
import { createFlowControl, type FlowControl } from "./flow-control.ts";
import { createRetryBudget } from "./retry-budget.ts";
import { type RetryOptions, withRetry } from "./retry.ts";

export type UpstreamConfig = Pick<
  Config,
  | "auth"
  | "bssEndpoint"
  | "iamEndpoint"
  | "domainId"
  | "upstreamTimeoutMs"
  | "upstreamDeadlineMs"
  | "rateLimitPerSecond"
  | "maxQueuedCalls"
  | "maxQueuedCallsPerClient"
  | "iamRetryAfterS"
>;

export interface UpstreamOptions {
  logger?: Logger | undefined;
  retry?: RetryOptions;
  breaker?: CircuitBreakerOptions;
  /** The queue's clock (tests drive it by hand to make turns observable). */
  queueClock?: { now: () => number; sleep: (ms: number) => Promise<void> } | undefined;
}

/** The proxy's way to Huawei, and how many calls wait in its queues. */
export interface Upstream extends BssCall {
  /** Calls waiting for their turn, all APIs together. */
  waiting(): number;
}

/**
 * The one way the proxy calls Huawei: signed or token-authenticated, queued fairly between clients
 * to the flow-control limit per API (Huawei counts each API separately), retried on throttling and
 * transient failures within a budget and the request's deadline, failing fast while an API is
 * down, and dropped as soon as its client has gone.
 */
export function createUpstream(config: UpstreamConfig, options: UpstreamOptions = {}): Upstream {
  if (!config.auth) throw new Error("createUpstream needs credentials");
  const log = options.logger;
  const client = createBssClient({
    endpoint: config.bssEndpoint,
    authenticator: createAuthenticator(config.auth, config.iamEndpoint, config.upstreamTimeoutMs, {
      retryAfterMs: config.iamRetryAfterS * 1000,
    }),
    domainId: config.domainId,
    timeoutMs: config.upstreamTimeoutMs,
  });
  const flows = new Map<BssApi, FlowControl>();
  const flowOf = (api: BssApi) => {
    let flow = flows.get(api);
    if (!flow) {
      flow = createFlowControl({
        perSecond: config.rateLimitPerSecond,
        maxPerClient: config.maxQueuedCallsPerClient,
        maxWaiting: config.maxQueuedCalls,
        ...options.queueClock,
      });
      flows.set(api, flow);
    }
    return flow;
  };
  const limited: ContextCall = async (api, body, context) => {
    await flowOf(api).acquire(context);
    return client(api, body, context);
  };
  const guarded = withCircuitBreaker(limited, {
    onChange: (state, api) =>
      log?.warn({ circuit: state, api }, state === "open" ? "Huawei API is failing: calls paused" : "Huawei API answers again"),
    ...options.breaker,
  });
  const budget = createRetryBudget();
  const retrying = withRetry(guarded, {
    mayRetry: budget.tryRetry,
    onRetry: (info) => log?.warn(info, "retrying a call to Huawei"),
    ...options.retry,
  });
  const deadlineMs = config.upstreamDeadlineMs;
  const call: BssCall = async (api, body, caller) => {
    budget.recordCall();
    // One signal for the call: the caller leaving or the deadline passing aborts it. Linked by
    // hand (AbortSignal.any keeps weak references per call that the GC must then process).
    const abort = new AbortController();
    const timer = setTimeout(
      () =>
        abort.abort(
          new ProxyError(
            504,
            PROXY_ERRORS.upstreamTimeout,
            `No answer from Huawei within ${deadlineMs / 1000} s, the proxy's limit for one request (UPSTREAM_DEADLINE_MS)`,
          ),
        ),
      deadlineMs,
    );
    const left = caller.signal;
    const onLeft = () => abort.abort(left?.reason);
    if (left?.aborted) onLeft();
    else left?.addEventListener("abort", onLeft, { once: true });
    try {
      return await retrying(api, body, {
        client: caller.client,
        priority: caller.priority ?? "user",
        signal: abort.signal,
        deadline: { at: Date.now() + deadlineMs, totalMs: deadlineMs },
      });
    } finally {
      clearTimeout(timer);
      left?.removeEventListener("abort", onLeft);
    }
  };
  return Object.assign(call, {
    waiting: () => [...flows.values()].reduce((sum, flow) => sum + flow.waiting, 0),
  });
}
