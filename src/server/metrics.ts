import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

// The proxy's Prometheus metrics: one registry per process, read by the /metrics listener. Each
// instrument is written where its event happens; none carries a customer ID, a user's name or
// anything secret (labels are APIs, statuses, Huawei's error codes, channels).

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "newtag_process_" });

export const metrics = {
  /** Calls that reached Huawei, by API, HTTP status and Huawei's error code ("" when none). */
  upstreamCalls: new Counter({
    name: "newtag_upstream_calls_total",
    help: "Calls sent to Huawei, by API, HTTP status and Huawei error code",
    labelNames: ["api", "status", "error_code"] as const,
    registers: [registry],
  }),
  /** Time from sending a call to Huawei to its answer. */
  upstreamSeconds: new Histogram({
    name: "newtag_upstream_call_seconds",
    help: "Time Huawei took to answer one call",
    labelNames: ["api"] as const,
    buckets: [0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10],
    registers: [registry],
  }),
  /** Calls sent again after Huawei's flow control refused them (APIG.0308 or HTTP 429). */
  throttleRetries: new Counter({
    name: "newtag_upstream_throttle_retries_total",
    help: "Calls retried after Huawei throttled them",
    labelNames: ["api"] as const,
    registers: [registry],
  }),
  /** Retries for any reason (throttling, 5xx, network), by API and reason. */
  upstreamRetries: new Counter({
    name: "newtag_upstream_retries_total",
    help: "Calls retried, by API and reason",
    labelNames: ["api", "reason"] as const,
    registers: [registry],
  }),
  /** Calls waiting in this replica's flow-control queue, by API and priority. */
  queueDepth: new Gauge({
    name: "newtag_flow_queue_depth",
    help: "Calls waiting for their turn in this replica's flow-control queue",
    labelNames: ["api"] as const,
    registers: [registry],
  }),
  /** Time a call waited for its turn before being sent. */
  queueWaitSeconds: new Histogram({
    name: "newtag_flow_queue_wait_seconds",
    help: "Time a call waited in flow control before it was sent",
    labelNames: ["api", "priority"] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  }),
  /** 1 while the replicas share flow control through Redis; 0 while this one keeps to its own share. */
  flowShared: new Gauge({
    name: "newtag_flow_shared",
    help: "1 when flow control is shared through Redis, 0 when this replica falls back to its own share",
    registers: [registry],
  }),
  /** Calls per second this replica may start now, all replicas' budget or its share. */
  flowBudget: new Gauge({
    name: "newtag_flow_budget_per_second",
    help: "Calls per second per Huawei API this replica keeps within (the shared budget, or its share when Redis is away)",
    registers: [registry],
  }),
  /** 1 when Redis is configured and answering, 0 when configured and away (absent without REDIS_URL). */
  redisUp: new Gauge({
    name: "newtag_redis_up",
    help: "1 when the configured Redis answers, 0 when it does not",
    registers: [registry],
  }),
  /** The circuit breaker per API: 0 closed, 1 half-open, 2 open. */
  breakerState: new Gauge({
    name: "newtag_upstream_breaker_state",
    help: "Circuit breaker per Huawei API: 0 closed, 1 half-open (probing), 2 open (calls paused)",
    labelNames: ["api"] as const,
    registers: [registry],
  }),
  /** IAM token fetches, by outcome (fetched, shared: taken from another replica, failed). */
  iamTokenRefreshes: new Counter({
    name: "newtag_iam_token_refreshes_total",
    help: "IAM tokens fetched (or taken from another replica through Redis), by outcome",
    labelNames: ["outcome"] as const,
    registers: [registry],
  }),
  /** Requests the proxy answered, by method, route pattern and status. */
  requestSeconds: new Histogram({
    name: "newtag_http_request_seconds",
    help: "Time the proxy took to answer a request, by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  }),
  /** 1 while this replica runs a sync. */
  syncRunning: new Gauge({
    name: "newtag_sync_running",
    help: "1 while this replica runs the portfolio sync",
    registers: [registry],
  }),
  /** Rows the sync has written, scopes done and in all, in the run this replica runs or ran last. */
  syncRows: new Gauge({
    name: "newtag_sync_rows",
    help: "Rows written by the current or last sync run on this replica",
    registers: [registry],
  }),
  syncScopesDone: new Gauge({
    name: "newtag_sync_scopes_done",
    help: "Scopes (own customers, each reseller) finished in the current or last run",
    registers: [registry],
  }),
  syncScopesTotal: new Gauge({
    name: "newtag_sync_scopes_total",
    help: "Scopes to read in the current or last run",
    registers: [registry],
  }),
  /** Sync runs this replica ended, by status; and runs it took over from another replica. */
  syncRuns: new Counter({
    name: "newtag_sync_runs_total",
    help: "Sync runs ended on this replica, by status (succeeded, failed) or taken over (resumed)",
    labelNames: ["status"] as const,
    registers: [registry],
  }),
  /** Alert deliveries, by channel and outcome. */
  alertDeliveries: new Counter({
    name: "newtag_alert_deliveries_total",
    help: "Alert deliveries, by channel and outcome (sent, failed)",
    labelNames: ["channel", "status"] as const,
    registers: [registry],
  }),
};

/** Sets the breaker gauge from the breaker's state name. */
export function breakerValue(state: "closed" | "half-open" | "open"): number {
  return state === "closed" ? 0 : state === "half-open" ? 1 : 2;
}
