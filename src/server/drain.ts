import type { FastifyInstance, FastifyReply } from "fastify";
import { PROXY_ERRORS } from "#contract/proxy-constants";

/** Seconds a client is asked to wait before retrying a request the shutdown refused or cut. */
export const RESTART_RETRY_AFTER_S = 5;

const RESTARTING = {
  error_code: PROXY_ERRORS.restarting,
  error_msg: `The dashboard's server is restarting; try again in ${RESTART_RETRY_AFTER_S} s`,
};

/** The shutdown's hold on requests: refuse new ones, and answer the unfinished ones at the end. */
export interface Drain {
  /** From now on every new request is answered 503 with Retry-After. */
  begin(): void;
  /** Answers 503 with Retry-After to every request not yet answered; returns how many. */
  cutUnfinished(): number;
}

function restarting(reply: FastifyReply): FastifyReply {
  return reply
    .code(503)
    .header("Retry-After", String(RESTART_RETRY_AFTER_S))
    .header("Connection", "close")
    .send(RESTARTING);
}

/** Tracks unanswered requests so that a shutdown leaves none without an HTTP answer. */
export function registerDrain(app: FastifyInstance): Drain {
  let draining = false;
  const unanswered = new Set<FastifyReply>();
  app.addHook("onRequest", async (_request, reply) => {
    if (draining) return restarting(reply);
    unanswered.add(reply);
    reply.raw.once("close", () => unanswered.delete(reply));
    return undefined;
  });
  return {
    begin() {
      draining = true;
    },
    cutUnfinished() {
      let cut = 0;
      for (const reply of unanswered) {
        if (reply.sent || reply.raw.headersSent) continue;
        restarting(reply);
        cut++;
      }
      return cut;
    },
  };
}
