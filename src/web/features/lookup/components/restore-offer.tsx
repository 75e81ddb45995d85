import { Alert, Button, Group, Text } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { SavedLookup } from "../session-store.ts";

type RestoreOfferProps = {
  saved: SavedLookup;
  /** The saved run's scope as the picker names it. */
  scope: string;
  onRestore: () => void;
  onDiscard: () => void;
};

/** Offers the last lookup kept in this browser: its size, scope and time, Restore or Discard. */
export function RestoreOffer({ saved, scope, onRestore, onDiscard }: RestoreOfferProps) {
  const t = useT();
  const entries = saved.run.input.ids.length + saved.run.input.invalid.length;
  return (
    <Alert color="blue" variant="light" icon={<IconHistory aria-hidden />} title={t("lookup.restore.title")}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t("lookup.restore.text", { count: entries, scope, savedAt: saved.savedAt })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={onRestore}>
            {t("lookup.restore.restore")}
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard}>
            {t("lookup.restore.discard")}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
