import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BSS_PATHS, type BssApi, type NewCustomerTag, type TagQueryResponse, validateRequest } from "#contract/huawei-api";
import { API_PREFIX, PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { BssCall } from "../huawei/bss-client.ts";

const APIS: BssApi[] = ["newCustomerTags", "indirectPartners", "subCustomers"];

/** The client a request's calls are queued under: the signed-in user, else the address. */
export function clientOf(request: FastifyRequest): string {
  return request.user ? `user:${request.user}` : `address:${request.ip}`;
}

/**
 * Aborts when the client goes before its answer is written (Cancel, a closed tab, a timeout), so
 * its call leaves the queue unsent. (The request's own 'close' has already fired once the body
 * was read, so the response's is the one that tells.)
 */
function abandonment(reply: FastifyReply): AbortSignal {
  const gone = new AbortController();
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) {
      gone.abort(new ProxyError(499, PROXY_ERRORS.clientGone, "The client closed the connection before its answer"));
    }
  });
  return gone.signal;
}

/** Told the tags a user's lookup or browse page brought back, for one reseller (undefined: own customers). */
export type TagObserver = (resellerId: string | undefined, tags: readonly NewCustomerTag[]) => void;

/**
 * Registers one forwarding route per Huawei API: validate, call Huawei, answer exactly what it
 * said. Tags that pass are handed to `observe` once the answer is on its way.
 */
export function registerBssRoutes(
  app: FastifyInstance,
  call: BssCall,
  rateLimit: { max: number; timeWindow: number },
  observe?: TagObserver | undefined,
): void {
  for (const api of APIS) {
    app.post(`${API_PREFIX}${BSS_PATHS[api]}`, { config: { rateLimit } }, async (request, reply) => {
      const checked = validateRequest(api, request.body);
      if (!checked.ok) return reply.code(400).send(checked.error);
      const answer = await call(api, checked.value, { client: clientOf(request), signal: abandonment(reply) });
      if (!answer.ok) {
        request.upstreamErrorCode = answer.body.error_code;
        if (answer.retryAfter) void reply.header("Retry-After", answer.retryAfter);
      }
      if (answer.ok && api === "newCustomerTags" && observe) {
        const { indirect_partner_id: reseller } = checked.value as { indirect_partner_id?: string };
        const tags = (answer.body as TagQueryResponse).new_customer_tags;
        // After the answer: recording is the store's work, never the request's.
        setImmediate(() => observe(reseller || undefined, tags));
      }
      if (answer.ok && answer.raw !== undefined) {
        return reply.code(answer.status).type("application/json; charset=utf-8").send(answer.raw);
      }
      return reply.code(answer.status).send(answer.body);
    });
  }
}

declare module "fastify" {
  interface FastifyRequest {
    /** Huawei's error_code for this request, if it failed upstream; logged with the request. */
    upstreamErrorCode?: string;
  }
}
