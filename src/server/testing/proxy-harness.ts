import type { NewCustomerTag } from "#contract/huawei-api";
import type { FastifyInstance } from "fastify";
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "#testing/dataset";
import { type FakeBss, type FakeBssOptions, startFakeBss } from "#testing/fake-bss";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { type Alerts, type AlertsOptions, createAlerts } from "../alerts/alerts.ts";
import { buildApp } from "../app.ts";
import type { AlertConfig, UpstreamAuth } from "../config.ts";
import { createUpstream, type UpstreamOptions } from "../huawei/upstream.ts";
import type { RetryOptions } from "../huawei/retry.ts";
import type { CircuitBreakerOptions } from "../huawei/circuit-breaker.ts";
import type { AccessControl } from "../access/access-control.ts";
import { openPortfolio, type Portfolio, type StoreSettings } from "../portfolio/portfolio.ts";
import { capturedLogger } from "./captured-logger.ts";

/** What tests read from a proxy answer. */
export interface ProxyBody {
  error_code?: string;
  error_msg?: string;
  new_customer_tags?: NewCustomerTag[];
  count?: number;
  indirect_partners?: Array<Record<string, unknown>>;
  customer_infos?: Array<Record<string, unknown>>;
  status?: string;
  mode?: string;
}

export interface Harness {
  fake: FakeBss;
  /** The proxy's portfolio, when the harness was given a store. */
  portfolio: Portfolio | undefined;
  /** The proxy's alerts, when the harness was given a store. */
  alerts: Alerts | undefined;
  app: FastifyInstance;
  /** Base URL of the proxy. */
  url: string;
  /** Every log line the proxy wrote. */
  logs: string[];
  /** Calls waiting in the proxy's queues for their turn. */
  queued(): number;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: ProxyBody; headers: Headers }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  auth?: "aksk" | "iam" | UpstreamAuth;
  fake?: FakeBssOptions;
  rateLimitPerSecond?: number;
  upstreamTimeoutMs?: number;
  retry?: RetryOptions;
  breaker?: CircuitBreakerOptions;
  maxQueuedCalls?: number;
  maxQueuedCallsPerClient?: number;
  upstreamDeadlineMs?: number;
  iamRetryAfterS?: number;
  /** Drives the queue's clock by hand (see manual-clock.ts). */
  queueClock?: UpstreamOptions["queueClock"];
  clientRateLimitPerMinute?: number;
  access?: AccessControl;
  /** Addresses whose X-Forwarded-* headers the proxy believes. */
  trustProxy?: string;
  /** Gives the proxy a portfolio: by default an in-memory store that syncs only when asked. */
  store?: Partial<StoreSettings>;
  /** With a store: the alerts' configuration (by default no channel, zh-CN, 1 month, no link), clock and delivery. */
  alerts?: Partial<AlertConfig> & Pick<AlertsOptions, "clock" | "delivery">;
}

/** Starts the fake BSS and the real proxy in front of it, both on loopback ports. */
export async function startProxyHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeBss({ rateLimitPerSecond: 1000, ...options.fake });
  const auth: UpstreamAuth =
    options.auth === "iam"
      ? { kind: "iam", domainName: DEMO_IAM_USER.domain, userName: DEMO_IAM_USER.user, password: DEMO_IAM_USER.password }
      : typeof options.auth === "object"
        ? options.auth
        : { kind: "aksk", credentials: { ...DEMO_CREDENTIALS } };
  const { logger, logs } = capturedLogger();
  const call = createUpstream(
    {
      auth,
      bssEndpoint: fake.url,
      iamEndpoint: fake.url,
      domainId: "demo-domain-id",
      upstreamTimeoutMs: options.upstreamTimeoutMs ?? 2000,
      rateLimitPerSecond: options.rateLimitPerSecond ?? 1000,
      maxQueuedCalls: options.maxQueuedCalls ?? 2000,
      maxQueuedCallsPerClient: options.maxQueuedCallsPerClient ?? 2000,
      upstreamDeadlineMs: options.upstreamDeadlineMs ?? 15_000,
      iamRetryAfterS: options.iamRetryAfterS ?? 300,
    },
    {
      logger,
      queueClock: options.queueClock,
      retry: { baseDelayMs: 20, throttleDelayMs: [20, 40], ...options.retry },
      ...(options.breaker ? { breaker: options.breaker } : {}),
    },
  );
  const { clock, delivery, ...alertConfig } = options.alerts ?? {};
  const alerts = options.store
    ? createAlerts({
        config: { targets: [], language: "zh-CN", expiringMonths: 1, link: undefined, ...alertConfig },
        call,
        logger,
        clock,
        delivery,
      })
    : undefined;
  const portfolio = options.store
    ? await openPortfolio(
        { dataDir: undefined, databaseUrl: undefined, schedule: undefined, retentionMonths: 24, ...options.store },
        call,
        logger,
        alerts?.listener,
      )
    : undefined;
  const app = buildApp({
    config: { mode: "live", clientRateLimitPerMinute: options.clientRateLimitPerMinute ?? 100_000 },
    call,
    logger,
    access: options.access,
    trustProxy: options.trustProxy,
    portfolio,
    alerts,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    fake,
    portfolio,
    alerts,
    app,
    url,
    logs,
    queued: () => call.waiting(),
    async post(path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value, ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: ProxyBody = { error_msg: text };
      try {
        parsed = JSON.parse(text) as ProxyBody;
      } catch {
        // not JSON: keep the text for the assertion message
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await app.close();
      await portfolio?.close();
      await fake.close();
    },
  };
}
