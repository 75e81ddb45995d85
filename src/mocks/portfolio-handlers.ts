import { http, HttpResponse, type HttpHandler } from "msw";
import { ALERT_CHANNELS, type AlertChannel, type AlertDelivery, type AlertSettings } from "#contract/alerts-api";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import {
  changesAnswer,
  customerAnswer,
  type FakePortfolio,
  lapsesAnswer,
  portfolioAnswer,
  startRun,
  syncAnswer,
} from "./fake-portfolio.ts";

const failure = (status: number, error_code: string, error_msg: string) =>
  HttpResponse.json({ error_code, error_msg }, { status });

// What every portfolio route answers while the store is off or down, as the proxy does.
function storeRefusal(store: FakePortfolio): Response | undefined {
  if (store.store === "off")
    return failure(501, PROXY_ERRORS.storeOff, "The store is turned off (STORE=off)");
  if (store.store === "unavailable") {
    return HttpResponse.json(
      {
        error_code: PROXY_ERRORS.storeUnavailable,
        error_msg: "The store is not answering",
        retry_after_s: 30,
      },
      { status: 503, headers: { "Retry-After": "30" } },
    );
  }
  return undefined;
}

/** msw handlers standing in for the proxy's portfolio routes, over a fake store made on first use. */
export function createPortfolioHandlers(
  origin: string,
  portfolio: () => FakePortfolio,
): HttpHandler[] {
  return [
    http.get(`${origin}${PROXY_PATHS.portfolioChanges}`, ({ request }) => {
      const store = portfolio();
      const raw = new URL(request.url).searchParams.get("since") ?? undefined;
      // A date alone is its midnight in China Standard Time, as the proxy reads it.
      const since = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00+08:00` : raw;
      if (since !== undefined && Number.isNaN(Date.parse(since)))
        return failure(400, PROXY_ERRORS.badRequest, "since must be a time or a date");
      return storeRefusal(store) ?? HttpResponse.json(changesAnswer(store, since));
    }),
    // The demo's alerts: one webhook, whose test alert is always delivered at once.
    http.get(`${origin}${PROXY_PATHS.alerts}`, () =>
      HttpResponse.json({
        channels: ALERT_CHANNELS.map((channel) => ({
          channel,
          configured: channel === "webhook",
          host: channel === "webhook" ? "hooks.example.com" : "",
        })),
        language: "zh-CN",
        expiring_months: 1,
      } satisfies AlertSettings),
    ),
    http.post(`${origin}${PROXY_PATHS.alertsTest}`, async ({ request }) => {
      const { channel } = (await request.json()) as { channel: AlertChannel };
      if (channel !== "webhook") return failure(400, PROXY_ERRORS.badRequest, `The ${channel} channel is not configured`);
      return HttpResponse.json({
        channel,
        status: "sent",
        attempts: 1,
        http_status: 200,
        error: null,
        at: new Date().toISOString(),
      } satisfies AlertDelivery);
    }),
    http.get(`${origin}${PROXY_PATHS.portfolioLapses}`, () => {
      const store = portfolio();
      return storeRefusal(store) ?? HttpResponse.json(lapsesAnswer(store));
    }),
    http.get(`${origin}${PROXY_PATHS.portfolioCustomers}/:customerId`, ({ params }) => {
      const store = portfolio();
      const refused = storeRefusal(store);
      if (refused) return refused;
      const answer = customerAnswer(store, String(params.customerId));
      return answer
        ? HttpResponse.json(answer)
        : failure(404, PROXY_ERRORS.notFound, "The store knows no such customer");
    }),
    http.get(`${origin}${PROXY_PATHS.portfolioSync}`, () => {
      const store = portfolio();
      return storeRefusal(store) ?? HttpResponse.json(syncAnswer(store));
    }),
    http.post(`${origin}${PROXY_PATHS.portfolioSync}`, () => {
      const store = portfolio();
      const refused = storeRefusal(store);
      if (refused) return refused;
      const run = startRun(store);
      return run
        ? HttpResponse.json({ run_id: run.run_id }, { status: 202 })
        : failure(409, PROXY_ERRORS.syncRunning, "A sync is already running");
    }),
    http.get(`${origin}${PROXY_PATHS.portfolio}`, ({ request }) => {
      const store = portfolio();
      const params = new URL(request.url).searchParams;
      const refused = storeRefusal(store);
      if (refused) return refused;
      const answer = portfolioAnswer(store, params.get("indirect_partner_id"));
      const first = params.get("first");
      return HttpResponse.json(
        first === null ? answer : { ...answer, rows: answer.rows.slice(0, Number(first)), total: answer.rows.length },
      );
    }),
  ];
}
