// The proxy's own wire, besides the Huawei APIs it forwards: what the browser must send, and the
// error codes it may answer. Kept apart from the zod schemas in proxy-api.ts, so code that needs
// only these constants does not load zod (the browser's first screen stays small).

/** The proxy refuses a POST without this header and value (CSRF defence): a cross-site form cannot set it. */
export const CSRF_HEADER = { name: "X-Requested-With", value: "newtag-dashboard" } as const;

/** Paths of the proxy's own routes; each Huawei API is forwarded under `API_PREFIX` + its BSS path. */
export const PROXY_PATHS = {
  health: "/api/health",
  /** For load balancers: whether this replica should get requests (health says only that it runs). */
  ready: "/api/ready",
  portfolio: "/api/portfolio",
  portfolioChanges: "/api/portfolio/changes",
  /** Followed by `/{customer_id}`. */
  portfolioCustomers: "/api/portfolio/customers",
  portfolioLapses: "/api/portfolio/lapses",
  portfolioSync: "/api/portfolio/sync",
  alerts: "/api/alerts",
  alertsTest: "/api/alerts/test",
  /** The browser says it exported a file (made in the browser), for the audit log. */
  auditExport: "/api/audit/export",
} as const;

/** Prefix of the forwarded Huawei routes: the browser calls `/api` + `BSS_PATHS[api]`. */
export const API_PREFIX = "/api";

/**
 * Error codes of the proxy itself, in Huawei's `error_code` shape so the browser handles one
 * kind. Every failure body is `errorBodySchema` (huawei-api.ts); the codes in `WAIT_CODES` may
 * carry its parameter `retry_after_s`.
 */
export const PROXY_ERRORS = {
  notFound: "PROXY.0404",
  uriTooLong: "PROXY.0414",
  badUpstreamAnswer: "PROXY.0502",
  upstreamUnreachable: "PROXY.0512",
  circuitOpen: "PROXY.0503",
  busy: "PROXY.0529",
  clientRateLimited: "PROXY.0429",
  upstreamTimeout: "PROXY.0504",
  // Never seen by anyone: the client that would read it has gone. Named for the log line.
  clientGone: "PROXY.0499",
  iamFailed: "PROXY.0401",
  // Same code as iamFailed: the browser's explanation of PROXY.0401 covers both sign-ins.
  signInRequired: "PROXY.0401",
  refused: "PROXY.0403",
  bodyTooLarge: "PROXY.0413",
  unsupportedMediaType: "PROXY.0415",
  internal: "PROXY.0500",
  badRequest: "PROXY.0400",
  requestTimeout: "PROXY.0408",
  misdirected: "PROXY.0421",
  headersTooLarge: "PROXY.0431",
  restarting: "PROXY.0530",
  // The portfolio's store: turned off by STORE=off, or configured but not answering.
  storeOff: "PROXY.0501",
  storeUnavailable: "PROXY.0532",
  syncRunning: "PROXY.0409",
  // An alert channel refused the test alert or could not be reached (the message says which and why).
  alertNotDelivered: "PROXY.0522",
} as const;

export type ProxyErrorCode = (typeof PROXY_ERRORS)[keyof typeof PROXY_ERRORS];

/**
 * Codes whose answer carries `retry_after_s` (and the same seconds as `Retry-After`) whenever a
 * wait applies: asking again after it can succeed. PROXY.0401 carries it only while the proxy
 * cools off after IAM refused its password, which the dashboard's user cannot fix by waiting.
 */
export const WAIT_CODES: readonly ProxyErrorCode[] = [
  PROXY_ERRORS.circuitOpen,
  PROXY_ERRORS.busy,
  PROXY_ERRORS.clientRateLimited,
  PROXY_ERRORS.restarting,
  PROXY_ERRORS.iamFailed,
];
