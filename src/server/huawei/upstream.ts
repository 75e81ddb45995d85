import type { Logger } from "pino";
import type { BssApi } from "#contract/huawei-api";
import type { Config } from "../config.ts";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import { breakerValue, metrics } from "../metrics.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { createAuthenticator } from "./authenticator.ts";
import { type BssCall, createBssClient } from "./bss-client.ts";
import type { ContextCall } from "./call-context.ts";
import { type CircuitBreakerOptions, withCircuitBreaker } from "./circuit-breaker.ts";
import { createFlowControl, type FlowControl } from "./flow-control.ts";
import { createRetryBudget } from "./retry-budget.ts";
import { type RetryInfo, type RetryOptions, withRetry } from "./retry.ts";
import { createFlowSharing, type FlowMode } from "./shared-gate.ts";

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
> &
  // Optional: a process that does not say how many replicas there are is alone (1).
  Partial<Pick<Config, "replicas">>;

export interface UpstreamOptions {
  logger?: Logger | undefined;
  retry?: RetryOptions;
  breaker?: CircuitBreakerOptions;
  /** The queue's clock (tests drive it by hand to make turns observable). */
  queueClock?: { now: () => number; sleep: (ms: number) => Promise<void> } | undefined;
  /** The replicas' Redis: flow control and the IAM token are shared through it while it answers. */
  redis?: SharedRedis | undefined;
}

/** The proxy's way to Huawei, and how many calls wait in its queues. */
export interface Upstream extends BssCall {
  /** Calls waiting for their turn, all APIs together. */
  waiting(): number;
  /** How the Huawei budget is kept now: shared through Redis, alone (no Redis), or alone while Redis is away. */
  flowMode(): FlowMode;
  /** Calls per second per Huawei API this replica keeps within now: the shared budget, or its share. */
  flowBudget(): number;
}

/** The retry metric's reason: a small fixed set (throttled, an HTTP status, a proxy error code). */
export function retryLabel(info: Pick<RetryInfo, "reason" | "throttled">): string {
  if (info.throttled) return "throttled";
  const status = /^HTTP (\d{3})/.exec(info.reason)?.[1];
  return status ? `HTTP ${status}` : info.reason;
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
      redis: options.redis,
    }),
    domainId: config.domainId,
    timeoutMs: config.upstreamTimeoutMs,
  });
  const sharing = createFlowSharing({
    redis: options.redis,
    perSecond: config.rateLimitPerSecond,
    replicas: config.replicas ?? 1,
    now: options.queueClock?.now,
    logger: log,
  });
  const flows = new Map<BssApi, FlowControl>();
  const flowOf = (api: BssApi) => {
    let flow = flows.get(api);
    if (!flow) {
      metrics.queueDepth.set({ api }, 0);
      metrics.breakerState.set({ api }, breakerValue("closed"));
      flow = createFlowControl({
        perSecond: config.rateLimitPerSecond,
        gate: sharing.gate(api),
        maxPerClient: config.maxQueuedCallsPerClient,
        maxWaiting: config.maxQueuedCalls,
        ...options.queueClock,
        onQueueChange: (waiting) => metrics.queueDepth.set({ api }, waiting),
        onStart: ({ priority, waitedMs }) =>
          metrics.queueWaitSeconds.observe({ api, priority }, waitedMs / 1000),
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
    ...options.breaker,
    // "open" comes again each time a probe fails: the gauge is set, never counted.
    onChange: (state, api) => {
      metrics.breakerState.set({ api }, breakerValue(state));
      log?.warn(
        { circuit: state, api },
        state === "open" ? "Huawei API is failing: calls paused" : "Huawei API answers again",
      );
      options.breaker?.onChange?.(state, api);
    },
    onProbe: (api) => {
      metrics.breakerState.set({ api }, breakerValue("half-open"));
      options.breaker?.onProbe?.(api);
    },
  });
  const budget = createRetryBudget();
  const retrying = withRetry(guarded, {
    mayRetry: budget.tryRetry,
    ...options.retry,
    onRetry: (info) => {
      const { api } = info;
      if (info.throttled) metrics.throttleRetries.inc({ api });
      metrics.upstreamRetries.inc({ api, reason: retryLabel(info) });
      log?.warn(info, "retrying a call to Huawei");
      options.retry?.onRetry?.(info);
    },
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
    flowMode: sharing.mode,
    flowBudget: sharing.budget,
  });
}
