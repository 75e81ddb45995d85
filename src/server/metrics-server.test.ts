import { once } from "node:events";
import { Agent, request as httpRequest } from "node:http";
import type { Socket } from "node:net";
import { Counter, Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { createAlerts } from "./alerts/alerts.ts";
import type { BssCall } from "./huawei/bss-client.ts";
import { type MetricsServer, startMetricsServer } from "./metrics-server.ts";
import { registry } from "./metrics.ts";
import { startWebhookReceiver } from "./testing/alert-receivers.ts";
import { type AppServer, startAppServer } from "./testing/app-server.ts";
import { capturedLogger } from "./testing/captured-logger.ts";

// The Prometheus listener over real HTTP, and what the proxy counts into the registry it serves.

const TOKEN = "prometheus-token-3f9a1c7e";

function buildRegistry(): Registry {
  const own = new Registry();
  new Counter({
    name: "test_scrapes_total",
    help: "A counter the test reads back",
    registers: [own],
  }).inc(3);
  return own;
}

let metricsServer: MetricsServer | undefined;
let app: AppServer | undefined;
afterEach(async () => {
  await metricsServer?.close();
  await app?.close();
  metricsServer = undefined;
  app = undefined;
});

async function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  const response = await fetch(url, { method, headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe("the metrics listener", () => {
  it("serves the registry at GET /metrics with its content type, and nothing elsewhere", async () => {
    const own = buildRegistry();
    metricsServer = await startMetricsServer({ port: 0, host: "127.0.0.1", token: undefined }, own);
    expect(metricsServer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const scraped = await get(`${metricsServer.url}/metrics`);
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get("content-type")).toBe(own.contentType);
    expect(scraped.text).toContain("\ntest_scrapes_total 3\n");

    expect((await get(`${metricsServer.url}/`)).status).toBe(404);
    expect((await get(`${metricsServer.url}/api/health`)).status).toBe(404);
    const posted = await get(`${metricsServer.url}/metrics`, {}, "POST");
    expect(posted.status).toBe(405);
    expect(posted.headers.get("allow")).toBe("GET, HEAD");
  });

  it("with a token, answers only the bearer of it, and 401 to anyone else on any path", async () => {
    metricsServer = await startMetricsServer(
      { port: 0, host: "127.0.0.1", token: TOKEN },
      buildRegistry(),
    );
    const url = `${metricsServer.url}/metrics`;

    const none = await get(url);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(none.text).not.toContain("test_scrapes_total");
    expect((await get(url, { Authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await get(url, { Authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(401);
    expect((await get(url, { Authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await get(`${metricsServer.url}/other`)).status).toBe(401);

    const scraped = await get(url, { Authorization: `Bearer ${TOKEN}` });
    expect(scraped.status).toBe(200);
    expect(scraped.text).toContain("\ntest_scrapes_total 3\n");
    expect((await get(url, { Authorization: `bearer ${TOKEN}` })).status).toBe(200);
  });

  it("closes while a scraper holds its connection open between scrapes", async () => {
    metricsServer = await startMetricsServer(
      { port: 0, host: "127.0.0.1", token: undefined },
      buildRegistry(),
    );
    const url = `${metricsServer.url}/metrics`;
    const agent = new Agent({ keepAlive: true });
    // The agent keeps the socket for the next scrape once the answer has ended.
    const socket = await new Promise<Socket>((resolve, reject) => {
      const held = httpRequest(url, { agent });
      held.once("socket", (opened) => {
        held.once("response", (response) => {
          response.resume();
          response.once("end", () => resolve(opened));
        });
      });
      held.once("error", reject);
      held.end();
    });
    const dropped = once(socket, "close");
    await metricsServer.close();
    metricsServer = undefined;
    await dropped;
    expect(socket.destroyed).toBe(true);
    await expect(fetch(url)).rejects.toThrow("fetch failed");
    agent.destroy();
  });

  it("refuses to start on a port already taken", async () => {
    metricsServer = await startMetricsServer(
      { port: 0, host: "127.0.0.1", token: undefined },
      buildRegistry(),
    );
    const port = Number(new URL(metricsServer.url).port);
    await expect(
      startMetricsServer({ port, host: "127.0.0.1", token: undefined }, buildRegistry()),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});

describe("what the proxy counts", () => {
  const scrape = async () => {
    metricsServer ??= await startMetricsServer(
      { port: 0, host: "127.0.0.1", token: undefined },
      registry,
    );
    return (await get(`${metricsServer.url}/metrics`)).text;
  };

  it("times each request by method, route pattern (never the path's IDs) and status", async () => {
    app = await startAppServer();
    expect((await fetch(`${app.url}${PROXY_PATHS.portfolioCustomers}/cust-4711`)).status).toBe(501);
    expect((await fetch(`${app.url}/api/no-such-route`)).status).toBe(404);
    // The answer reaches the client before its hooks have surely run; they have once the app has closed.
    await app.close();
    app = undefined;

    const text = await scrape();
    expect(text).toContain(
      'newtag_http_request_seconds_count{method="GET",route="/api/portfolio/customers/:customer_id",status="501"} 1\n',
    );
    expect(text).toContain(
      'newtag_http_request_seconds_count{method="GET",route="(none)",status="404"} 1\n',
    );
    expect(text).not.toContain("cust-4711");
  });

  it("counts alert deliveries by channel and outcome", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const noNames: BssCall = async () => ({
        ok: true,
        status: 200,
        body: { count: 0, customer_infos: [] },
      });
      const alerts = createAlerts({
        config: {
          targets: [{ channel: "webhook", url: receiver.url, secret: undefined }],
          language: "en",
          expiringMonths: 1,
          link: undefined,
        },
        call: noNames,
        logger: capturedLogger().logger,
        delivery: { sleep: async () => {} },
      });
      expect((await alerts.test("webhook"))?.delivery.status).toBe("sent");
      receiver.script.push({ status: 400 });
      expect((await alerts.test("webhook"))?.delivery.status).toBe("failed");
    } finally {
      await receiver.close();
    }
    const text = await scrape();
    expect(text).toContain('newtag_alert_deliveries_total{channel="webhook",status="sent"} 1\n');
    expect(text).toContain('newtag_alert_deliveries_total{channel="webhook",status="failed"} 1\n');
  });
});
