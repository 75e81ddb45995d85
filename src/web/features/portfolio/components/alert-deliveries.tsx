import { List, Text } from "@mantine/core";
import type { AlertDelivery } from "#contract/alerts-api";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { timeText } from "../time-text.ts";

/** How the run's digest went to each channel: sent, still being sent, or failed and why. */
export function AlertDeliveries({ deliveries }: { deliveries: readonly AlertDelivery[] }) {
  const t = useT();
  if (deliveries.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={500}>
        {t("portfolio.alerts.deliveries")}
      </Text>
      <List size="sm" spacing={2}>
        {deliveries.map((delivery) => {
          const values = {
            channel: t(`portfolio.alerts.channel.${delivery.channel}`),
            attempts: delivery.attempts,
            time: timeText(t, new Date(delivery.at)),
            status: delivery.http_status ?? 0,
            error: delivery.error ?? "",
          };
          return (
            <List.Item key={delivery.channel} c={delivery.status === "failed" ? "red" : undefined} style={{ overflowWrap: "anywhere" }}>
              {t(`portfolio.alerts.delivery.${delivery.status}`, values)}
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
