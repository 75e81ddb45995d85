import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { BSS_PATHS, type BssApi } from "#contract/huawei-api";
import { type AccessControl, registerAccessControl } from "./access/access-control.ts";
import type { Alerts } from "./alerts/alerts.ts";
import { answerFrameworkError, clientErrorOf, createSocketErrorHandler } from "./client-errors.ts";
import type { Config, ConnectionLimits } from "./config.ts";
import { type AuditLog, auditToLogger, registerAudit } from "./audit.ts";
import { type Drain, registerDrain } from "./drain.ts";
import { metrics } from "./metrics.ts";
import { type Readiness, registerReadiness } from "./readiness.ts";
import type { Health } from "#contract/proxy-api";
import { API_PREFIX, CSRF_HEADER, PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import { ProxyError } from "./errors.ts";
import type { BssCall } from "./huawei/bss-client.ts";
import { registerRequestGuards } from "./request-guards.ts";
import type { Portfolio } from "./portfolio/portfolio.ts";
import { registerAlertRoutes } from "./routes/alert-routes.ts";
import { registerAuditRoutes } from "./routes/audit-routes.ts";
import { registerBssRoutes } from "./routes/bss-routes.ts";
import { registerPortfolioRoutes } from "./routes/portfolio-routes.ts";
import { HSTS, SECURITY_HEADERS } from "./security-headers.ts";
import { sharedClientLimitStore } from "./shared/client-limit-store.ts";
import type { SharedRedis } from "./shared/redis.ts";

export interface AppOptions {
  config: Pick<Config, "mode" | "clientRateLimitPerMinute">;
  call: BssCall;
  logger: Logger;
  /** Folder of the built web app; not served when absent. */
  webRoot?: string | undefined;
  /** Dashboard sign-in; required by the configuration whenever HOST is not loopback. */
  access?: AccessControl | undefined;
  https?: { key: Buffer; cert: Buffer } | undefined;
  /** Addresses of reverse proxies whose X-Forwarded-* headers are believed. */
  trustProxy?: string | undefined;
  /** Host names answered besides loopback ones; any other Host gets 421. */
  allowedHosts?: readonly string[] | undefined;
  /** Timeouts and the cap on client connections; Node's defaults when absent. */
  connections?: ConnectionLimits | undefined;
  /** The portfolio's store and sync; absent with STORE=off (its routes then answer 501). */
  portfolio?: Portfolio | undefined;
  /** The alerts after each sync; absent with STORE=off (their routes then answer 501). */
  alerts?: Alerts | undefined;
  /** What /api/ready reports of flow control, the breakers and Redis; nothing shared and no budget when absent. */
  readiness?: Readiness | undefined;
  /** Where audit lines go (AUDIT_LOG_FILE); the proxy's log when absent. */
  audit?: AuditLog | undefined;
  /** The replicas' Redis: per-client limits and failed sign-ins are counted in it (locally while it is away). */
  redis?: SharedRedis | undefined;
}

/** The proxy and the shutdown's hold on its requests. */
export type ProxyApp = FastifyInstance & { drain: Drain };

const API_BY_ROUTE = new Map(Object.entries(BSS_PATHS).map(([api, path]) => [`${API_PREFIX}${path}`, api as BssApi]));

/** Builds the proxy: the three Huawei routes, the portfolio's and alerts' routes, health, static files, and uniform JSON errors. */
export function buildApp(options: AppOptions): ProxyApp {
  const limits = options.connections;
  // Node checks the request and headers timeouts on this period (30 s by default, far too coarse).
  const timeouts = limits
    ? {
        headersTimeout: limits.headersTimeoutMs,
        connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
      }
    : {};
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    ...(options.https ? { https: { ...options.https, ...timeouts } } : { http: timeouts }),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(limits ? { requestTimeout: limits.requestTimeoutMs, keepAliveTimeout: limits.keepAliveTimeoutMs } : {}),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    logController: new LogController({ disableRequestLogging: true }),
    // The drain answers requests during a shutdown, in the error shape of every other answer.
    return503OnClosing: false,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: createSocketErrorHandler(options.logger as FastifyBaseLogger),
  });
  if (limits) app.server.maxConnections = limits.maxConnections;

  // JSON only: Fastify also parses text/plain by default, which no route here accepts.
  app.removeContentTypeParser("text/plain");

  // First, so every answer carries them, refusals by the checks below included.
  app.addHook("onRequest", (request, reply, done) => {
    void reply.headers(SECURITY_HEADERS).header("X-Request-Id", request.id);
    if (request.protocol === "https") void reply.header("Strict-Transport-Security", HSTS);
    done();
  });

  registerRequestGuards(app, options.allowedHosts ?? []);
  // Ahead of the drain, so that during a shutdown /api/ready still answers in its own shape (not-ready).
  const readiness = registerReadiness(app, options.portfolio, options.readiness);
  const drain = readiness.following(registerDrain(app));
  if (options.access) registerAccessControl(app, options.access, options.redis);

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST") return;
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request.headers.host)) {
      return reply.code(403).send({ error_code: PROXY_ERRORS.refused, error_msg: "Requests from another origin are refused" });
    }
    if (request.headers[CSRF_HEADER.name.toLowerCase()] !== CSRF_HEADER.value) {
      return reply.code(403).send({
        error_code: PROXY_ERRORS.refused,
        error_msg: `Requests must carry the header ${CSRF_HEADER.name}: ${CSRF_HEADER.value}`,
      });
    }
  });

  // One line per request, with what an operator needs and nothing secret (never an ID); the audit
  // log has its own lines.
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url;
    metrics.requestSeconds.observe(
      { method: request.method, route: route ?? "(none)", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    const api = route ? API_BY_ROUTE.get(route) : undefined;
    const ids = (request.body as { customer_ids?: unknown } | undefined)?.customer_ids;
    request.log.info(
      {
        method: request.method,
        route: route ?? "(none)",
        status: reply.statusCode,
        upstreamErrorCode: request.upstreamErrorCode,
        durationMs: Math.round(reply.elapsedTime),
        ...(api ? { api, user: request.user, ip: request.ip, ids: Array.isArray(ids) ? ids.length : undefined } : {}),
      },
      "request",
    );
  });
  registerAudit(app, options.audit ?? auditToLogger(options.logger));

  void app.register(rateLimit, {
    global: false,
    ...(options.redis ? { store: sharedClientLimitStore(options.redis, { log: app.log }) } : {}),
    errorResponseBuilder: (_request, context) =>
      new ProxyError(
        429,
        PROXY_ERRORS.clientRateLimited,
        `Too many requests from this client: at most ${context.max} per minute; try again in ${Math.ceil(context.ttl / 1000)} s`,
        Math.ceil(context.ttl / 1000),
      ),
  });

  const portfolio = options.portfolio;
  app.get(
    PROXY_PATHS.health,
    async (): Promise<Health> => ({
      status: "ok",
      mode: options.config.mode,
      store: portfolio ? await portfolio.health() : "off",
    }),
  );
  void app.register(async (scope) => {
    registerBssRoutes(
      scope,
      options.call,
      { max: options.config.clientRateLimitPerMinute, timeWindow: 60_000 },
      portfolio && ((reseller, tags) => portfolio.observe(reseller ?? "", tags)),
    );
    registerPortfolioRoutes(scope, portfolio);
    registerAlertRoutes(scope, options.alerts);
    registerAuditRoutes(scope);
  });

  if (options.webRoot && existsSync(options.webRoot)) {
    void app.register(fastifyStatic, {
      root: options.webRoot,
      // Files are looked up per request, so a rebuild while the server runs serves the new assets.
      wildcard: true,
      index: ["index.html"],
      // Serves the .br/.gz files written at build time to browsers that accept them.
      preCompressed: true,
      // The mock service worker is for `npm run dev` only; the proxy never serves it.
      allowedPath: (path) => !path.endsWith("mockServiceWorker.js"),
      setHeaders(reply, path) {
        const immutable = /[\\/]assets[\\/]/.test(path);
        void reply.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/");
    if (isPage && options.webRoot && existsSync(options.webRoot)) {
      return reply.header("Cache-Control", "no-cache").sendFile("index.html");
    }
    // The path is echoed for the developer who mistyped it, not in full for a 15 KB probe.
    const path = (request.url.split("?")[0] ?? "").slice(0, 200);
    return reply.code(404).send({ error_code: PROXY_ERRORS.notFound, error_msg: `No such API: ${request.method} ${path}` });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProxyError) {
      request.upstreamErrorCode = error.code;
      if (error.retryAfterS !== undefined) void reply.header("Retry-After", String(error.retryAfterS));
      // 5xx bodies say what happened in general terms, with the id that finds the log line.
      const body = error.toBody();
      if (error.status >= 500) body.error_msg = `${body.error_msg} (request id ${request.id})`;
      return reply.code(error.status).send(body);
    }
    // A client's mistake: answered as such, logged without a stack trace.
    const known = clientErrorOf(error);
    if (known) {
      request.log.info({ code: error.code, status: known.status }, "client error");
      return reply.code(known.status).send({ error_code: known.code, error_msg: known.message });
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error_code: PROXY_ERRORS.internal,
      error_msg: `Internal error; quote request id ${request.id} to the operator`,
    });
  });

  return Object.assign(app, { drain });
}

// `Origin: null` (sandboxed iframes, privacy modes) and unparsable values name no origin of ours:
// they are refused like any foreign one, never left to throw.
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}
