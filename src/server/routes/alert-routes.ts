import type { FastifyInstance } from "fastify";
import { type AlertDelivery, type AlertSettings, alertTestRequestSchema } from "#contract/alerts-api";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import type { Alerts } from "../alerts/alerts.ts";
import { ALERT_VARIABLES } from "../config.ts";
import { ProxyError } from "../errors.ts";

// A test alert posts to a group chat: a few a minute per client are plenty, and no more reach it.
const TEST_RATE_LIMIT = { max: 10, timeWindow: 60_000 };

/**
 * The alerts' routes: which channels are configured, and a test alert to one of them. Alerts
 * follow syncs, so with STORE=off (no sync; the configuration refuses alert URLs then) they
 * answer 501 like the portfolio's routes. They need no open store: a test alert is not recorded.
 */
export function registerAlertRoutes(app: FastifyInstance, alerts: Alerts | undefined): void {
  const ready = () => {
    if (!alerts) {
      throw new ProxyError(501, PROXY_ERRORS.storeOff, "Alerts follow the sync, which is turned off on this server (STORE=off)");
    }
    return alerts;
  };

  app.get(PROXY_PATHS.alerts, async (): Promise<AlertSettings> => ready().settings());

  app.post(PROXY_PATHS.alertsTest, { config: { rateLimit: TEST_RATE_LIMIT } }, async (request): Promise<AlertDelivery> => {
    const service = ready();
    const parsed = alertTestRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      throw new ProxyError(400, PROXY_ERRORS.badRequest, 'Invalid parameter: the body must be {"channel": "webhook" | "wecom" | "dingtalk" | "feishu"}');
    }
    const { channel } = parsed.data;
    const outcome = await service.test(channel);
    if (!outcome) {
      throw new ProxyError(404, PROXY_ERRORS.notFound, `No ${channel} alert channel is configured on this server: set ${ALERT_VARIABLES[channel].url}`);
    }
    const { delivery, host } = outcome;
    if (delivery.status !== "sent") {
      const tries = `${delivery.attempts} attempt${delivery.attempts === 1 ? "" : "s"}`;
      throw new ProxyError(502, PROXY_ERRORS.alertNotDelivered, `The test alert to ${channel} (${host}) was not delivered after ${tries}: ${delivery.error ?? "no reason given"}`);
    }
    return delivery;
  });
}
