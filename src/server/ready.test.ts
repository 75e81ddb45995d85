import { hostname } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { readySchema } from "#contract/proxy-api";
import { PROXY_PATHS } from "#contract/proxy-constants";
import type { Portfolio } from "./portfolio/portfolio.ts";
import type { Readiness } from "./readiness.ts";
import { type AppServer, startAppServer } from "./testing/app-server.ts";

// GET /api/ready over real HTTP: what a load balancer reads from a replica in each state.

let server: AppServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function buildReadiness(overrides: Partial<Readiness> = {}): Readiness {
  return {
    flow: () => ({ mode: "shared", perSecond: 10 }),
    breakers: () => ({
      newCustomerTags: "closed",
      indirectPartners: "closed",
      subCustomers: "closed",
    }),
    redis: () => "ok",
    ...overrides,
  };
}

// A portfolio whose store answers (or not) the health query; nothing else of it is used here.
function buildPortfolio(health: "ok" | "unavailable"): Portfolio {
  return {
    state: () => ({ ready: false, reason: "not used by readiness" }),
    health: async () => health,
    observe: () => {},
    close: async () => {},
  };
}

async function ready(url: string) {
  const response = await fetch(`${url}${PROXY_PATHS.ready}`);
  return {
    status: response.status,
    headers: response.headers,
    body: readySchema.parse(await response.json()),
  };
}

describe("GET /api/ready", () => {
  it("is ready with every check fine: store, Redis, each breaker, shared flow", async () => {
    server = await startAppServer({ readiness: buildReadiness(), portfolio: buildPortfolio("ok") });
    const answer = await ready(server.url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      status: "ready",
      checks: {
        store: "ok",
        redis: "ok",
        upstream: { newCustomerTags: "closed", indirectPartners: "closed", subCustomers: "closed" },
      },
      flow: { mode: "shared", per_second: 10 },
      replica: hostname(),
    });
  });

  it("says off for a store and Redis that are not configured, and is still ready", async () => {
    server = await startAppServer({
      readiness: buildReadiness({
        redis: () => "off",
        flow: () => ({ mode: "local", perSecond: 5 }),
      }),
    });
    const answer = await ready(server.url);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: "ready",
      checks: { store: "off", redis: "off" },
      flow: { mode: "local", per_second: 5 },
    });
  });

  it("is degraded, still 200, while Redis is away and the replica keeps to its own share", async () => {
    server = await startAppServer({
      readiness: buildReadiness({
        redis: () => "fallback",
        flow: () => ({ mode: "fallback", perSecond: 3 }),
      }),
    });
    const answer = await ready(server.url);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: "degraded",
      checks: { redis: "fallback" },
      flow: { mode: "fallback", per_second: 3 },
    });
  });

  it("is degraded, still 200, while the store does not answer", async () => {
    server = await startAppServer({
      readiness: buildReadiness(),
      portfolio: buildPortfolio("unavailable"),
    });
    const answer = await ready(server.url);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "degraded", checks: { store: "unavailable" } });
  });

  it("is degraded, still 200, while one API's breaker is open or probing", async () => {
    for (const state of ["open", "half-open"] as const) {
      server = await startAppServer({
        readiness: buildReadiness({
          breakers: () => ({ newCustomerTags: "closed", subCustomers: state }),
        }),
      });
      const answer = await ready(server.url);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        status: "degraded",
        checks: { upstream: { subCustomers: state } },
      });
      await server.close();
      server = undefined;
    }
  });

  it("is not ready, 503 in its own shape, once the shutdown has begun; other routes get the drain's answer", async () => {
    server = await startAppServer({ readiness: buildReadiness() });
    server.app.drain.begin();
    const answer = await ready(server.url);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("connection")).toBe("close");
    expect(answer.body).toMatchObject({ status: "not-ready", checks: { redis: "ok" } });
    const health = await fetch(`${server.url}${PROXY_PATHS.health}`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ error_code: "PROXY.0530" });
  });

  it("reports nothing shared and no budget for a call that has no flow control of its own", async () => {
    server = await startAppServer();
    const answer = await ready(server.url);
    expect(answer.body).toMatchObject({
      status: "ready",
      checks: { store: "off", redis: "off", upstream: {} },
      flow: { mode: "local", per_second: 0 },
    });
  });

  it("answers without sign-in, like health, where every other route asks for it", async () => {
    server = await startAppServer({ readiness: buildReadiness(), access: { users: new Map() } });
    expect((await ready(server.url)).status).toBe(200);
    expect((await fetch(`${server.url}${PROXY_PATHS.portfolio}`)).status).toBe(401);
  });
});
