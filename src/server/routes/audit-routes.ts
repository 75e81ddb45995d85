import type { FastifyInstance } from "fastify";
import { exportReportSchema } from "#contract/proxy-api";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";

// A person exports a few files a minute; more is a script, and the audit log need not grow with it.
const EXPORT_RATE_LIMIT = { max: 60, timeWindow: 60_000 };

/**
 * The browser's report of a file it exported (CSV and XLSX are made in the browser, from rows it
 * already has): answered 204, and written to the audit log by its hook like any other action.
 */
export function registerAuditRoutes(app: FastifyInstance): void {
  app.post(PROXY_PATHS.auditExport, { config: { rateLimit: EXPORT_RATE_LIMIT } }, async (request, reply) => {
    if (!exportReportSchema.safeParse(request.body).success) {
      throw new ProxyError(
        400,
        PROXY_ERRORS.badRequest,
        'Invalid parameter: the body must be {"format": "csv" | "xlsx", "rows": <whole number>, "scope": "<reseller ID>" | "own" | "all", "selected": <boolean>}',
      );
    }
    return reply.code(204).send();
  });
}
