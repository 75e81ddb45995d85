import { Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { PortfolioState } from "../use-portfolio.ts";
import { AlertChannels } from "./alert-channels.tsx";
import { AsOf } from "./as-of.tsx";
import { StoreDown } from "./store-down.tsx";
import { SyncButton } from "./sync-button.tsx";
import { SyncStatus } from "./sync-status.tsx";

/**
 * The portfolio's header: how fresh the stored rows are, the sync (Sync now, its progress, how
 * the last one ended), or why the store cannot answer. The rows go to the results workspace.
 */
export function PortfolioPanel({ portfolio }: { portfolio: PortfolioState }) {
  const t = useT();
  const { store, rows, sync, down } = portfolio;
  const off = store === "off";
  let body;
  if (off) body = <StoreDown />;
  else if (down) body = <StoreDown error={rows.error} onRetry={() => void rows.refetch()} />;
  else if (rows.isError)
    body = <ErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />;
  else if (rows.isPending) {
    body = (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t("portfolio.loading")}
        </Text>
      </Group>
    );
  } else {
    body = (
      <>
        <AsOf asOf={rows.data.as_of} complete={rows.data.complete} />
        <SyncStatus sync={sync} />
        <AlertChannels />
      </>
    );
  }
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label={t("portfolio.title")}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: "1 1 320px" }}>
            <Title order={2} size="h4">
              {t("portfolio.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("portfolio.intro")}
            </Text>
          </Stack>
          {rows.isSuccess && <SyncButton sync={sync} />}
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
