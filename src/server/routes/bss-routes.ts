import type { FastifyInstance } from "fastify";
import { BSS_PATHS, type BssApi, validateRequest } from "#shared/huawei-api";
import type { BssCall } from "../huawei/bss-client.ts";

const APIS: BssApi[] = ["newCustomerTags", "indirectPartners", "subCustomers"];

/** Registers one forwarding route per Huawei API: validate, call Huawei, answer exactly what it said. */
export function registerBssRoutes(
  app: FastifyInstance,
  call: BssCall,
  rateLimit: { max: number; timeWindow: number },
): void {
  for (const api of APIS) {
    app.post(`/api${BSS_PATHS[api]}`, { config: { rateLimit } }, async (request, reply) => {
      const checked = validateRequest(api, request.body);
      if (!checked.ok) return reply.code(400).send(checked.error);
      const answer = await call(api, checked.value);
      if (!answer.ok) {
        request.upstreamErrorCode = answer.body.error_code;
        if (answer.retryAfter) void reply.header("Retry-After", answer.retryAfter);
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
