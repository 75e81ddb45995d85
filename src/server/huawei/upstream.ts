import type { BssApi } from "#shared/huawei-api";
import type { Config } from "../config.ts";
import { createAuthenticator } from "./authenticator.ts";
import { type BssCall, createBssClient } from "./bss-client.ts";
import { createFlowControl, type FlowControl } from "./flow-control.ts";
import { type RetryOptions, withRetry } from "./retry.ts";

export type UpstreamConfig = Pick<
  Config,
  "auth" | "bssEndpoint" | "iamEndpoint" | "domainId" | "upstreamTimeoutMs" | "rateLimitPerSecond"
>;

/**
 * The one way the proxy calls Huawei: signed or token-authenticated, queued to the flow-control
 * limit per API (Huawei counts each API separately), retried on throttling and transient failures.
 */
export function createUpstream(config: UpstreamConfig, retry: RetryOptions = {}): BssCall {
  if (!config.auth) throw new Error("createUpstream needs credentials");
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
    await flowOf(api).acquire();
    return client(api, body);
  };
  return withRetry(limited, retry);
}
