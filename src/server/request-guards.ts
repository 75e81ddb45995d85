import type { FastifyInstance } from "fastify";
import { createHostAllowlist, isAddressHost } from "./access/host-allowlist.ts";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";

// The longest path of the app is far below this; a longer one is a probe or a mistake.
const MAX_PATH_LENGTH = 2048;

const PROBE_PATHS: ReadonlySet<string> = new Set([PROXY_PATHS.health, PROXY_PATHS.ready]);

/** True for a path that climbs out of its folder or smuggles a separator or NUL byte in, encoded or not. */
export function isPathProbe(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is answered 400 by the router; judge the raw text here.
  }
  return decoded.includes("\\") || decoded.includes("\0") || decoded.split("/").includes("..");
}

/**
 * Refuses requests that are not for this dashboard before anything else looks at them: a full URL
 * as request target (the proxy is not a forward proxy) and a Host the dashboard does not answer
 * for (421: DNS rebinding, or a name the operator has not listed).
 */
export function registerRequestGuards(app: FastifyInstance, allowedHosts: readonly string[]): void {
  const isAllowedHost = createHostAllowlist(allowedHosts);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.raw.url?.startsWith("/")) {
      request.log.info("client error: absolute-form request target");
      return reply
        .code(400)
        .send({ error_code: PROXY_ERRORS.badRequest, error_msg: "Send requests to a path such as /api/health, not a full URL" });
    }
    const path = request.raw.url.split("?")[0]!;
    if (path.length > MAX_PATH_LENGTH) {
      request.log.info("client error: path too long");
      return reply.code(414).send({
        error_code: PROXY_ERRORS.uriTooLong,
        error_msg: `The address is longer than ${MAX_PATH_LENGTH} characters; no page or API of the dashboard has such a path`,
      });
    }
    if (isPathProbe(path)) {
      // Refused here, whatever the static-file layer would make of it.
      request.log.info("client error: path probe");
      return reply.code(404).send({ error_code: PROXY_ERRORS.notFound, error_msg: "No such page" });
    }
    // Probes of health and readiness by a replica's address are answered too: a load balancer
    // knows its targets by address, and those two answers hold nothing a rebinding page could use.
    const probe = request.method === "GET" && PROBE_PATHS.has(path) && isAddressHost(request.headers.host);
    if (!probe && !isAllowedHost(request.headers.host)) {
      request.log.info("client error: host not allowed");
      return reply.code(421).send({
        error_code: PROXY_ERRORS.misdirected,
        error_msg: "This server does not answer for that host name; open the dashboard at its configured address (operators: PUBLIC_URL or ALLOWED_HOSTS)",
      });
    }
    return undefined;
  });
}
