import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, LogController } from "fastify";
import type { Logger } from "pino";
import { type AccessControl, registerAccessControl } from "./access/access-control.ts";
import type { Config } from "./config.ts";
import { PROXY_ERRORS, ProxyError } from "./errors.ts";
import type { BssCall } from "./huawei/bss-client.ts";
import { registerBssRoutes } from "./routes/bss-routes.ts";
import { HSTS, SECURITY_HEADERS } from "./security-headers.ts";

/** The header every browser request must carry: a page on another origin cannot set it without CORS. */
export const CSRF_HEADER = "x-requested-with";
export const CSRF_VALUE = "newtag-dashboard";

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
}

/** Builds the proxy: the three Huawei routes, health, static files, and uniform JSON errors. */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    ...(options.https ? { https: options.https } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });

  // JSON only: Fastify also parses text/plain by default, which no route here accepts.
  app.removeContentTypeParser("text/plain");

  // First, so every answer carries them, refusals by the checks below included.
  app.addHook("onRequest", (request, reply, done) => {
    void reply.headers(SECURITY_HEADERS).header("X-Request-Id", request.id);
    if (request.protocol === "https") void reply.header("Strict-Transport-Security", HSTS);
    done();
  });

  if (options.access) registerAccessControl(app, options.access);

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST") return;
    const origin = request.headers.origin;
    if (origin && new URL(origin).host !== request.headers.host) {
      return reply.code(403).send({ error_code: PROXY_ERRORS.refused, error_msg: "Requests from another origin are refused" });
    }
    if (request.headers[CSRF_HEADER] !== CSRF_VALUE) {
      return reply
        .code(403)
        .send({ error_code: PROXY_ERRORS.refused, error_msg: `Requests must carry the header X-Requested-With: ${CSRF_VALUE}` });
    }
  });

  // One line per request, with what an operator needs and nothing secret.
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(none)",
        status: reply.statusCode,
        upstreamErrorCode: request.upstreamErrorCode,
        durationMs: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });


  void app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProxyError(
        429,
        PROXY_ERRORS.clientRateLimited,
        `Too many requests from this client: at most ${context.max} per minute; try again in ${Math.ceil(context.ttl / 1000)} s`,
        Math.ceil(context.ttl / 1000),
      ),
  });

  app.get("/api/health", async () => ({ status: "ok", mode: options.config.mode }));
  void app.register(async (scope) => {
    registerBssRoutes(scope, options.call, { max: options.config.clientRateLimitPerMinute, timeWindow: 60_000 });
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
    return reply
      .code(404)
      .send({ error_code: PROXY_ERRORS.notFound, error_msg: `No such API: ${request.method} ${request.url.split("?")[0]}` });
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
    const known = clientError(error);
    if (known) return reply.code(known.status).send({ error_code: known.code, error_msg: known.message });
    if (error.statusCode === 429) {
      return reply.code(429).send({ error_code: PROXY_ERRORS.clientRateLimited, error_msg: "Too many requests" });
    }
    request.log.error({ err: error }, "unexpected error");
    return reply.code(500).send({
      error_code: PROXY_ERRORS.internal,
      error_msg: `Internal error; quote request id ${request.id} to the operator`,
    });
  });

  return app;
}

function clientError(error: FastifyError): { status: number; code: string; message: string } | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: PROXY_ERRORS.unsupportedMediaType, message: "Send the body as application/json" };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { status: 413, code: PROXY_ERRORS.bodyTooLarge, message: "The request body is larger than 64 KB" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, code: "CBC.0100", message: "Invalid parameter: the body is not valid JSON" };
    default:
      if (error.statusCode === 400 && error instanceof SyntaxError) {
        return { status: 400, code: "CBC.0100", message: "Invalid parameter: the body is not valid JSON" };
      }
      return undefined;
  }
}
