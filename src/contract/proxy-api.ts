import { z } from "zod";
import { BSS_PATHS, type BssApi } from "./huawei-constants.ts";

// Schemas of the proxy's own routes (its forwarded Huawei routes answer with huawei-api.ts's
// schemas). Every new route of the proxy gets its request and answer schemas here, so the server
// that sends and the browser that parses share one definition.

export {
  API_PREFIX,
  CSRF_HEADER,
  PROXY_ERRORS,
  PROXY_PATHS,
  WAIT_CODES,
} from "./proxy-constants.ts";

/** Answer of `GET /api/health`: demo when the proxy serves the fake BSS's generated data. */
export const healthSchema = z.object({
  status: z.literal("ok"),
  mode: z.enum(["demo", "live"]),
  /** The portfolio's store: off (STORE=off), ok, or unavailable (lookups still work). */
  store: z.enum(["ok", "off", "unavailable"]),
});
export type Health = z.infer<typeof healthSchema>;

const HUAWEI_APIS = Object.keys(BSS_PATHS) as [BssApi, ...BssApi[]];

/**
 * Answer of `GET /api/ready`, for load balancers: HTTP 200 when ready or degraded (the replica
 * still serves lookups; taking every replica out would be an outage), 503 when not ready (it is
 * shutting down). `/api/health` says only that the process runs.
 */
export const readySchema = z.object({
  status: z.enum(["ready", "degraded", "not-ready"]),
  checks: z.object({
    /** The portfolio's store, as in the health answer. */
    store: z.enum(["ok", "unavailable", "off"]),
    /** Shared state between replicas: ok, fallback (configured but away: each keeps its own), off (not configured). */
    redis: z.enum(["ok", "fallback", "off"]),
    /** Each Huawei API's circuit breaker; an API not called yet may be missing. */
    upstream: z.partialRecord(z.enum(HUAWEI_APIS), z.enum(["closed", "open", "half-open"])),
  }),
  /** How this replica keeps to Huawei's budget: shared through Redis, alone by configuration, or alone while Redis is away. */
  flow: z.object({
    mode: z.enum(["shared", "local", "fallback"]),
    /** Calls per second per Huawei API this replica keeps within now. */
    per_second: z.number().nonnegative(),
  }),
  /** The answering replica's host name, to tell replicas apart behind the load balancer. */
  replica: z.string(),
});
export type Ready = z.infer<typeof readySchema>;

/**
 * Body of `POST /api/audit/export`: the browser makes CSV and XLSX files itself, and tells the proxy
 * what it exported so that the audit log has it (never which customers: only how many).
 */
export const exportReportSchema = z.strictObject({
  format: z.enum(["csv", "xlsx"]),
  /** Rows in the file. */
  rows: z.int().min(0).max(10_000_000),
  /** A reseller's ID, `own` (the partner's own customers) or `all` (the portfolio's every scope). */
  scope: z.string().min(1).max(64),
  /** The file holds only the rows the user ticked. */
  selected: z.boolean(),
});
export type ExportReport = z.infer<typeof exportReportSchema>;
