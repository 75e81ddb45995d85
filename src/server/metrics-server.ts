import { createHash, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Config } from "./config.ts";

/** The metrics listener's address and token, as configured (METRICS_PORT, METRICS_HOST, METRICS_TOKEN). */
export type MetricsSettings = NonNullable<Config["metrics"]>;

/** The running metrics listener. */
export interface MetricsServer {
  /** Its base address, e.g. http://127.0.0.1:9464. */
  url: string;
  close(): Promise<void>;
}

// Hashing both sides first gives equal lengths, which timingSafeEqual needs, and keeps the
// token's length from showing in the comparison's time.
const digest = (text: string) => createHash("sha256").update(text).digest();

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  return match !== null && timingSafeEqual(digest(match[1] ?? ""), digest(token));
}

function answer(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response
    .writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers })
    .end(`${text}\n`);
}

/**
 * Serves `registry` to Prometheus at GET /metrics on a listener of its own, away from the
 * dashboard's port, its sign-in and its host checks; with a token, only to `Authorization: Bearer
 * <token>`. Resolves once it listens.
 */
export async function startMetricsServer(
  settings: MetricsSettings,
  registry: Registry,
  logger?: Logger | undefined,
): Promise<MetricsServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (
      settings.token !== undefined &&
      !bearerMatches(request.headers.authorization, settings.token)
    ) {
      answer(response, 401, "Send the metrics token as Authorization: Bearer <METRICS_TOKEN>", {
        "WWW-Authenticate": 'Bearer realm="metrics"',
      });
      return;
    }
    const path = (request.url ?? "").split("?")[0];
    if (path !== "/metrics") return answer(response, 404, "Not found: the metrics are at /metrics");
    if (request.method !== "GET" && request.method !== "HEAD") {
      return answer(response, 405, "Use GET", { Allow: "GET, HEAD" });
    }
    const text = await registry.metrics();
    response.writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : text);
  };
  const server = createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        logger?.error({ err: error }, "metrics could not be collected");
        if (!response.headersSent)
          answer(response, 500, "The metrics could not be collected; see the proxy's log");
        else response.destroy();
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger?.error({ err: error }, "the metrics listener failed"));
  const { port } = server.address() as AddressInfo;
  const host =
    settings.host.includes(":") && !settings.host.startsWith("[")
      ? `[${settings.host}]`
      : settings.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      const closed = once(server, "close");
      server.close();
      // Prometheus keeps its connection open between scrapes: it would hold the close.
      server.closeAllConnections();
      await closed;
    },
  };
}
