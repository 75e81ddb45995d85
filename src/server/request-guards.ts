import type { FastifyInstance } from "fastify";
import { createHostAllowlist } from "./access/host-allowlist.ts";
import { PROXY_ERRORS } from "./errors.ts";

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
    if (!isAllowedHost(request.headers.host)) {
      request.log.info("client error: host not allowed");
      return reply.code(421).send({
        error_code: PROXY_ERRORS.misdirected,
        error_msg: "This server does not answer for that host name; open the dashboard at its configured address (operators: PUBLIC_URL or ALLOWED_HOSTS)",
      });
    }
    return undefined;
  });
}
