import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import type { Ready } from "#contract/proxy-api";
import { PROXY_PATHS } from "#contract/proxy-constants";
import type { Drain } from "./drain.ts";
import type { Portfolio } from "./portfolio/portfolio.ts";

/** How this replica keeps to Huawei's budget: shared through Redis, alone by configuration, or alone while Redis is away. */
export type FlowMode = Ready["flow"]["mode"];

/** Each Huawei API's circuit breaker state. */
export type BreakerStates = Ready["checks"]["upstream"];

/** What `/api/ready` reports of the way to Huawei and of Redis; the composition wires it from the upstream. */
export interface Readiness {
  /** The flow control's mode and the calls per second per API it keeps within now. */
  flow(): { mode: FlowMode; perSecond: number };
  /** Each Huawei API's circuit breaker. */
  breakers(): BreakerStates;
  /** The replicas' Redis: answering, configured but away, or not configured. */
  redis(): Ready["checks"]["redis"];
}

// A call without flow control or breakers of its own (a test's stand-in for Huawei) has nothing
// shared and no budget to report.
const NOTHING_TO_REPORT: Readiness = {
  flow: () => ({ mode: "local", perSecond: 0 }),
  breakers: () => ({}),
  redis: () => "off",
};

/** The readiness answer: not-ready only while shutting down; degraded while something has a fallback in use. */
export function readyStatus(
  checks: Ready["checks"],
  flow: FlowMode,
  draining: boolean,
): Ready["status"] {
  if (draining) return "not-ready";
  const degraded =
    checks.store === "unavailable" ||
    checks.redis === "fallback" ||
    flow === "fallback" ||
    Object.values(checks.upstream).some((state) => state !== "closed");
  return degraded ? "degraded" : "ready";
}

/**
 * Adds `GET /api/ready` and returns `drain` so that beginning it also turns the answer not-ready.
 * Registered ahead of the drain's hook: during a shutdown a load balancer still reads this
 * route's own answer (503, not-ready) rather than the drain's "restarting" error.
 */
export function registerReadiness(
  app: FastifyInstance,
  portfolio: Portfolio | undefined,
  readiness: Readiness = NOTHING_TO_REPORT,
): { following(drain: Drain): Drain } {
  let draining = false;
  const replica = hostname();
  const answer = async (): Promise<Ready> => {
    const checks: Ready["checks"] = {
      store: portfolio ? await portfolio.health() : "off",
      redis: readiness.redis(),
      upstream: readiness.breakers(),
    };
    const flow = readiness.flow();
    return {
      status: readyStatus(checks, flow.mode, draining),
      checks,
      flow: { mode: flow.mode, per_second: flow.perSecond },
      replica,
    };
  };

  app.addHook("onRequest", async (request, reply) => {
    if (!draining || request.url !== PROXY_PATHS.ready) return undefined;
    // The connection closes with the answer, as the drain's do: it must not hold the close open.
    return reply
      .code(503)
      .header("Cache-Control", "no-store")
      .header("Connection", "close")
      .send(await answer());
  });
  app.get(PROXY_PATHS.ready, async (_request, reply) => {
    const body = await answer();
    return reply
      .code(body.status === "not-ready" ? 503 : 200)
      .header("Cache-Control", "no-store")
      .send(body);
  });

  return {
    following: (drain) => ({
      ...drain,
      begin() {
        draining = true;
        drain.begin();
      },
    }),
  };
}
