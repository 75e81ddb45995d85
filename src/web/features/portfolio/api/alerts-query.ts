import { queryOptions } from "@tanstack/react-query";
import type { AlertChannel } from "#contract/alerts-api";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/** Which alert channels the proxy has (by host only), their language and the expiring window. */
export const alertSettingsQuery = () =>
  queryOptions({
    queryKey: [...portfolioKeys.all, "alerts"] as const,
    queryFn: ({ signal }) =>
      apiRequest(PROXY_PATHS.alerts, {
        schema: async () => (await import("#contract/alerts-api")).alertSettingsSchema,
        signal,
      }),
    // The channels are the proxy's configuration: they change with a restart, not while the page is open.
    staleTime: Infinity,
  });

/** Sends a test alert to one channel: its delivery when sent, an error (PROXY.0522) saying why when not. */
export function sendTestAlert(channel: AlertChannel) {
  return apiRequest(PROXY_PATHS.alertsTest, {
    method: "POST",
    body: { channel },
    schema: async () => (await import("#contract/alerts-api")).alertDeliverySchema,
  });
}
