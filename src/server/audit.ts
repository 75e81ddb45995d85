import { createWriteStream, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { BSS_PATHS, LIMITS } from "#contract/huawei-constants";
import { API_PREFIX, PROXY_PATHS } from "#contract/proxy-constants";
import { exportReportSchema } from "#contract/proxy-api";
import { ConfigError } from "./config-error.ts";

// Who did what through the dashboard, for the partner's own audits: one JSON line per user action
// that reaches Huawei or the store. It names the user, the address, the action and its scope (a
// reseller ID, or own/all) and counts IDs; it never holds a customer ID, a tag or a secret.

/** What a user did, by route. */
export type AuditAction =
  | "lookup"
  | "resellers"
  | "customers"
  | "portfolio.read"
  | "portfolio.changes"
  | "portfolio.lapses"
  | "portfolio.customer"
  | "sync.start"
  | "alerts.test"
  | "export";

/** One audit line, besides its time. */
export interface AuditEntry {
  /** The request's id, as in its X-Request-Id header and the request log line. */
  request: string;
  /** The signed-in user, or "anonymous" where no sign-in is configured. */
  user: string;
  ip: string;
  action: AuditAction;
  /** The reseller ID asked about, "own" (the partner's own customers) or "all". */
  scope?: string;
  /** How many customer IDs the action named. */
  ids?: number;
  /** An export's format, rows, and whether only the ticked rows. */
  format?: string;
  rows?: number;
  selected?: boolean;
  /** The HTTP status answered. */
  status: number;
  /** Huawei's or the proxy's error code, when the action failed with one. */
  errorCode?: string;
}

/** Where audit lines go. */
export interface AuditLog {
  write(entry: AuditEntry): void;
  /** Writes what is buffered and closes the file (nothing to do for the logger). */
  close(): Promise<void>;
}

/** Audit lines as info lines of the proxy's log, marked `audit: true` (no AUDIT_LOG_FILE). */
export function auditToLogger(logger: Logger, now: () => Date = () => new Date()): AuditLog {
  return {
    write: (entry) => logger.info({ audit: true, at: now().toISOString(), ...entry }, "audit"),
    close: async () => {},
  };
}

/**
 * Audit lines appended to `file` (its folder is created); opened at once so that a path the
 * process cannot write stops the start, naming AUDIT_LOG_FILE. A write that fails later is
 * logged once, never fails a request.
 */
export function openAuditLog(
  file: string,
  logger: Logger,
  now: () => Date = () => new Date(),
): AuditLog {
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // User names and addresses: not for every account on the machine.
    fd = openSync(file, "a", 0o640);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError("AUDIT_LOG_FILE", `cannot be opened for appending (${reason})`);
  }
  const stream = createWriteStream(file, { fd });
  let failed = false;
  stream.on("error", (error) => {
    if (failed) return;
    failed = true;
    logger.error({ err: error, file }, "the audit log cannot be written: audit lines are lost");
  });
  return {
    write: (entry) => {
      if (!failed) stream.write(`${JSON.stringify({ at: now().toISOString(), ...entry })}\n`);
    },
    close: () => new Promise<void>((resolve) => stream.end(resolve)),
  };
}

type Describe = (request: FastifyRequest) => Pick<AuditEntry, "scope" | "ids">;

const fieldOf = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;

// A reseller ID as the request gave it; one that is not an ID (the route refuses it 400) is not
// copied into the audit log.
function scopeOf(value: unknown, otherwise: string): string {
  if (value === undefined || value === "") return otherwise;
  return typeof value === "string" && value.length <= LIMITS.idLength ? value : "(invalid)";
}

const bodyScope =
  (otherwise: string): Describe =>
  (request) => ({ scope: scopeOf(fieldOf(request.body, "indirect_partner_id"), otherwise) });

const all: Describe = () => ({ scope: "all" });

// Polling the sync's progress and reading the alert settings are not actions: they are left out.
const ACTIONS = new Map<string, { action: AuditAction; describe: Describe }>([
  [
    `POST ${API_PREFIX}${BSS_PATHS.newCustomerTags}`,
    {
      action: "lookup",
      describe: (request) => {
        const ids = fieldOf(request.body, "customer_ids");
        return { ...bodyScope("own")(request), ...(Array.isArray(ids) ? { ids: ids.length } : {}) };
      },
    },
  ],
  [
    `POST ${API_PREFIX}${BSS_PATHS.indirectPartners}`,
    { action: "resellers", describe: bodyScope("all") },
  ],
  [
    `POST ${API_PREFIX}${BSS_PATHS.subCustomers}`,
    { action: "customers", describe: bodyScope("own") },
  ],
  [
    `GET ${PROXY_PATHS.portfolio}`,
    {
      action: "portfolio.read",
      describe: (request) => ({
        scope: scopeOf(fieldOf(request.query, "indirect_partner_id"), "all"),
      }),
    },
  ],
  [`GET ${PROXY_PATHS.portfolioChanges}`, { action: "portfolio.changes", describe: all }],
  [`GET ${PROXY_PATHS.portfolioLapses}`, { action: "portfolio.lapses", describe: all }],
  [
    `GET ${PROXY_PATHS.portfolioCustomers}/:customer_id`,
    { action: "portfolio.customer", describe: () => ({ scope: "all", ids: 1 }) },
  ],
  [`POST ${PROXY_PATHS.portfolioSync}`, { action: "sync.start", describe: all }],
  [`POST ${PROXY_PATHS.alertsTest}`, { action: "alerts.test", describe: () => ({}) }],
  [
    `POST ${PROXY_PATHS.auditExport}`,
    {
      action: "export",
      // The route answers 400 to a body that is not an export report; its line then says only that.
      describe: (request) => {
        const report = exportReportSchema.safeParse(request.body);
        if (!report.success) return {};
        const { format, rows, scope, selected } = report.data;
        return { scope: scopeOf(scope, "own"), format, rows, selected };
      },
    },
  ],
]);

/**
 * Writes an audit line for each request to an audited route that passed the checks in front of
 * the routes (sign-in, origin, rate limits) and so reached its handler; refusals before it are in
 * the request log only.
 */
export function registerAudit(app: FastifyInstance, log: AuditLog): void {
  const reached = new WeakSet<FastifyRequest>();
  app.addHook("preHandler", (request, _reply, done) => {
    reached.add(request);
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    // HEAD reads what GET reads.
    const method = request.method === "HEAD" ? "GET" : request.method;
    const known = reached.has(request)
      ? ACTIONS.get(`${method} ${request.routeOptions.url}`)
      : undefined;
    if (known) {
      log.write({
        request: request.id,
        user: request.user ?? "anonymous",
        ip: request.ip,
        action: known.action,
        ...known.describe(request),
        status: reply.statusCode,
        ...(request.upstreamErrorCode ? { errorCode: request.upstreamErrorCode } : {}),
      });
    }
    done();
  });
}
