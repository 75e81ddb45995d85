import { Alert, Button, Group, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

export type PartialLoad = {
  /** Rows loaded so far (browse mode loads page by page). */
  loadedRows: number;
  onLoadAll: () => void;
  loading: boolean;
};

/** Says plainly that filters, sorting and exports only see the rows loaded so far. */
export function PartialNotice({ partial }: { partial: PartialLoad }) {
  const t = useT();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t("results.ws.partialTitle")}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm" style={{ flex: "1 1 20rem" }}>
          {t("results.ws.partial", { loaded: partial.loadedRows })}
        </Text>
        <Button size="xs" onClick={partial.onLoadAll} loading={partial.loading}>
          {t("results.ws.loadAll")}
        </Button>
      </Group>
    </Alert>
  );
}
