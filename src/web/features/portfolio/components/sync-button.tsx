import { Button } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { SyncRunState } from "../use-sync-run.ts";

/** "Sync now": starts a sync at once instead of waiting for the schedule; off while one runs. */
export function SyncButton({ sync }: { sync: SyncRunState }) {
  const t = useT();
  return (
    <Button
      variant="light"
      leftSection={<IconRefresh size={18} aria-hidden />}
      loading={sync.start.isPending}
      disabled={sync.running}
      onClick={() => sync.start.mutate()}
    >
      {t("portfolio.sync.button")}
    </Button>
  );
}
