import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BSS_PATHS } from "#contract/huawei-api";
import type { AccessControl } from "./access/access-control.ts";
import { parseTrustedProxies } from "./access/trusted-proxies.ts";
import { readUsersFile } from "./access/users-file.ts";
import { createAlerts } from "./alerts/alerts.ts";
import { buildApp } from "./app.ts";
import { type AuditLog, auditToLogger, openAuditLog } from "./audit.ts";
import { type Config, loadConfig } from "./config.ts";
import { ConfigError } from "./config-error.ts";
import type { CircuitBreakerOptions } from "./huawei/circuit-breaker.ts";
import { createUpstream, type Upstream as HuaweiUpstream } from "./huawei/upstream.ts";
import { createLogger } from "./logger.ts";
import { metrics, registry } from "./metrics.ts";
import { type MetricsServer, startMetricsServer } from "./metrics-server.ts";
import { openPortfolio, type Portfolio } from "./portfolio/portfolio.ts";
import type { BreakerStates, Readiness } from "./readiness.ts";
import { connectSharedRedis, type SharedRedis } from "./shared/redis.ts";
import { MigrationError } from "./store/migrations.ts";
import { startupWarnings } from "./startup-warnings.ts";
import { buildWeb, webBuildIsStale } from "./web-build.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));

/** Where the proxy's calls to Huawei go, and how to stop what answers them at shutdown. */
export type Upstream = { config: Config; stop: () => Promise<void> };

/** Huawei itself, as configured: the production wiring, which refuses to start without credentials. */
export async function liveUpstream(config: Config): Promise<Upstream> {
  if (config.mode !== "live") {
    throw new ConfigError(
      "HUAWEICLOUD_SDK_AK",
      "no Huawei credentials are set: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or the HUAWEICLOUD_IAM_* user), or run `npm start` for the demo",
    );
  }
  return { config, stop: async () => {} };
}

function accessControlFor(config: Config): AccessControl | undefined {
  const { usersFile, proxyHeader, trustedProxies } = config.access;
  if (!usersFile && !proxyHeader) return undefined;
  return {
    users: usersFile ? readUsersFile(usersFile) : undefined,
    proxyHeader,
    isTrustedProxy: trustedProxies ? parseTrustedProxies(trustedProxies) : undefined,
  };
}

function readTls(config: Config): { key: Buffer; cert: Buffer } | undefined {
  if (!config.tls) return undefined;
  const read = (file: string, variable: string) => {
    try {
      return readFileSync(file);
    } catch {
      throw new ConfigError(variable, `cannot read ${file}`);
    }
  };
  return {
    cert: read(config.tls.certFile, "TLS_CERT_FILE"),
    key: read(config.tls.keyFile, "TLS_KEY_FILE"),
  };
}

/** Each Huawei API's circuit breaker as the upstream reports its changes; every circuit starts closed. */
function trackBreakers(): { states: () => BreakerStates; options: CircuitBreakerOptions } {
  const states: BreakerStates = Object.fromEntries(
    Object.keys(BSS_PATHS).map((api) => [api, "closed" as const]),
  );
  return {
    states: () => ({ ...states }),
    options: {
      onChange: (state, api) => {
        states[api] = state;
      },
      onProbe: (api) => {
        states[api] = "half-open";
      },
    },
  };
}

/** What /api/ready reports beyond the store: the upstream's flow control and breakers, and Redis. */
function readinessOf(
  call: HuaweiUpstream,
  breakers: () => BreakerStates,
  redis: SharedRedis | undefined,
): Readiness {
  return {
    redis: () => (redis ? (redis.available() ? "ok" : "fallback") : "off"),
    flow: () => ({ mode: call.flowMode(), perSecond: call.flowBudget() }),
    breakers,
  };
}

// Redis reports its own changes; the gauge follows them (absent without REDIS_URL).
function watchRedis(redis: SharedRedis): void {
  metrics.redisUp.set(redis.available() ? 1 : 0);
  redis.onChange((up) => metrics.redisUp.set(up ? 1 : 0));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Runs the dashboard process: configuration, web build, listening, and a graceful shutdown on
 * SIGTERM/SIGINT. `upstreamFor` is the composition's choice of what answers the Huawei calls.
 */
export async function runServer(upstreamFor: (config: Config) => Promise<Upstream>): Promise<void> {
  // ENV_FILE="" turns the file off (the end-to-end tests must not pick up a developer's live keys).
  const envFile = process.env.ENV_FILE ?? ".env";
  if (envFile && existsSync(envFile)) process.loadEnvFile(envFile);
  let config: Config;
  let access: AccessControl | undefined;
  let https: { key: Buffer; cert: Buffer } | undefined;
  let upstream: Upstream;
  try {
    config = loadConfig(process.env);
    access = accessControlFor(config);
    https = readTls(config);
    // Before the web build, so that a refused composition says so at once.
    upstream = await upstreamFor(config);
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
    throw error;
  }

  // `--no-web` serves the API alone (tests of the process itself; deployments with a separate web server).
  const serveWeb = !process.argv.includes("--no-web");
  if (serveWeb && webBuildIsStale(root, webRoot)) {
    process.stdout.write("Building the web app (first start or sources changed)...\n");
    try {
      await buildWeb(root);
    } catch (error) {
      fail(
        `Could not build the web app: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
    }
  }

  for (const warning of startupWarnings(config)) process.stderr.write(`${warning}\n`);
  const logger = createLogger(config.logLevel, config.logFile);
  let audit: AuditLog;
  try {
    audit = config.auditLogFile ? openAuditLog(config.auditLogFile, logger) : auditToLogger(logger);
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`);
    throw error;
  }
  // Before the upstream, whose flow control the replicas share through it.
  const redis = config.redisUrl ? connectSharedRedis(config.redisUrl, { logger }) : undefined;
  if (redis) watchRedis(redis);
  const breakers = trackBreakers();
  const call = createUpstream(upstream.config, { logger, redis, breaker: breakers.options });
  // Alerts follow the sync: none without the store (the configuration refuses alert URLs then).
  const alerts = config.store ? createAlerts({ config: config.alerts, call, logger }) : undefined;
  let portfolio: Portfolio | undefined;
  try {
    portfolio = config.store
      ? await openPortfolio(config.store, call, logger, alerts?.listener)
      : undefined;
  } catch (error) {
    if (error instanceof MigrationError) fail(`Could not prepare the store: ${error.message}`);
    throw error;
  }
  const app = buildApp({
    config,
    call,
    portfolio,
    alerts,
    logger,
    webRoot: serveWeb ? webRoot : undefined,
    access,
    https,
    trustProxy: config.access.trustedProxies,
    allowedHosts: config.allowedHosts,
    connections: config.connections,
    readiness: readinessOf(call, breakers.states, redis),
    audit,
    redis,
  });
  let metricsServer: MetricsServer | undefined;
  if (config.metrics) {
    const { host, port } = config.metrics;
    try {
      metricsServer = await startMetricsServer(config.metrics, registry, logger);
      logger.info({ url: `${metricsServer.url}/metrics` }, "Prometheus metrics served");
    } catch (error) {
      fail(
        `Could not serve the metrics on ${host}:${port} (METRICS_HOST, METRICS_PORT): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const shutdown = async (signal: string) => {
    // Fastify stops accepting connections and waits for the requests in flight; new requests on
    // open connections are answered 503 by the drain.
    logger.info({ signal }, "shutting down after in-flight requests");
    app.drain.begin();
    const closing = app.close();
    // Keep-alive connections would hold the close open: drop each as soon as it is idle.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
    let grace: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      closing.then(() => true),
      new Promise<false>(
        (resolve) => (grace = setTimeout(() => resolve(false), config.shutdownGraceMs)),
      ),
    ]);
    clearTimeout(grace);
    let cut = 0;
    if (!finished) {
      // Every request still waiting gets an answer it can act on, never a dropped connection.
      cut = app.drain.cutUnfinished();
      logger.warn(
        { cut },
        `shutdown: ${cut} requests could not finish within ${config.shutdownGraceMs} ms and were answered 503`,
      );
      const last = setTimeout(() => app.server.closeAllConnections(), 2000);
      await closing;
      clearTimeout(last);
    }
    clearInterval(sweep);
    // A sync stops where it is and resumes at the next start.
    await portfolio
      ?.close()
      .catch((error: unknown) => logger.error({ err: error }, "closing the store failed"));
    // After the app and the store: the last requests and the sync's end still write audit lines,
    // count in the metrics and use Redis.
    await Promise.all([audit.close(), metricsServer?.close(), redis?.close()]).catch(
      (error: unknown) =>
        logger.error({ err: error }, "closing the audit log, the metrics listener or Redis failed"),
    );
    // Calls to Huawei still running belong to requests already answered; the exit ends them.
    if (cut === 0) await upstream.stop();
    process.exit(cut === 0 ? 0 : 1);
  };
  // Ctrl-C reaches both npm and the server, and npm forwards it too: a repeated signal must not
  // kill the drain (SIGKILL still does).
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void shutdown(signal);
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));

  await app.listen({ host: config.host, port: config.port });
  const shown = config.host.includes(":") ? `[${config.host}]` : config.host;
  const scheme = https ? "https" : "http";
  process.stdout.write(
    `New-customer tag dashboard on ${scheme}://${shown}:${config.port} (${config.mode === "demo" ? "demo data: no Huawei credentials configured" : `live: ${config.bssEndpoint}`})\n`,
  );
}
