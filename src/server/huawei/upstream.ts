import type { Logger } from "pino";
import type { BssApi } from "#shared/huawei-api";
import type { Config } from "../config.ts";
import { PROXY_ERRORS, ProxyError } from "../errors.ts";
import { createAuthenticator } from "./authenticator.ts";
import { type BssCall, createBssClient } from "./bss-client.ts";
import { type CircuitBreakerOptions, withCircuitBreaker } from "./circuit-breaker.ts";
import { createFlowControl, type FlowControl } from "./flow-control.ts";
import { createRetryBudget } from "./retry-budget.ts";
import { type RetryOptions, withRetry } from "./retry.ts";

export type UpstreamConfig = Pick<
  Config,
  "auth" | "bssEndpoint" | "iamEndpoint" | "domainId" | "upstreamTimeoutMs" | "rateLimitPerSecond" | "maxQueuedCalls"
>;

export interface UpstreamOptions {
  logger?: Logger | undefined;
  retry?: RetryOptions;
  breaker?: CircuitBreakerOptions;
}

/**
 * The one way the proxy calls Huawei: signed or token-authenticated, queued to the flow-control
 * limit per API (Huawei counts each API separately), retried on throttling and transient failures
 * within a budget, and failing fast while Huawei is down.
 */
export function createUpstream(config: UpstreamConfig, options: UpstreamOptions = {}): BssCall {
  if (!config.auth) throw new Error("createUpstream needs credentials");
  const log = options.logger;
  const client = createBssClient({
    endpoint: config.bssEndpoint,
    authenticator: createAuthenticator(config.auth, config.iamEndpoint, config.upstreamTimeoutMs),
    domainId: config.domainId,
    timeoutMs: config.upstreamTimeoutMs,
  });
  const flows = new Map<BssApi, FlowControl>();
  const flowOf = (api: BssApi) => {
    let flow = flows.get(api);
    if (!flow) {
      flow = createFlowControl({ perSecond: config.rateLimitPerSecond });
      flows.set(api, flow);
    }
    return flow;
  };
  const limited: BssCall = async (api, body) => {
    const flow = flowOf(api);
    if (flow.waiting >= config.maxQueuedCalls) {
      throw new ProxyError(
        503,
        PROXY_ERRORS.busy,
        `The proxy already has ${flow.waiting} calls to Huawei waiting for their turn; try again shortly`,
        5,
      );
    }
    await flow.acquire();
    return client(api, body);
  };
  const guarded = withCircuitBreaker(limited, {
    onChange: (state) => log?.warn({ circuit: state }, state === "open" ? "Huawei is failing: calls paused" : "Huawei answers again"),
    ...options.breaker,
  });
  const budget = createRetryBudget();
  const retrying = withRetry(guarded, {
    mayRetry: budget.tryRetry,
    onRetry: (info) => log?.warn(info, "retrying a call to Huawei"),
    ...options.retry,
  });
  return (api, body) => {
    budget.recordCall();
    return retrying(api, body);
  };
}
