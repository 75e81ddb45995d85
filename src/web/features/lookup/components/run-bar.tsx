import { Button, Card, Group, Text, ThemeIcon } from "@mantine/core";
import { IconCircleCheck, IconPencil, IconRefresh } from "@tabler/icons-react";
import type { Ref } from "react";
import type { LookupBuckets } from "#domain/lookup-buckets";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { formatDuration, summaryText } from "../format.ts";
import type { IdList } from "../use-id-input.ts";

type RunBarProps = {
  buckets: LookupBuckets;
  /** The lists the IDs came from besides the text box: their file names are shown. */
  lists: readonly IdList[];
  /** Whose customers were asked for, as the picker names them. */
  scope: string;
  elapsedMs: number;
  /** When the run was saved, for a run restored after a reload. */
  restoredFrom?: number | undefined;
  /** Batches answered from this session's cache, of all the run's batches: Refresh asks Huawei again. */
  cachedBatches: number;
  batchesTotal: number;
  onRefresh: () => void;
  /** The summary line, which takes the focus when a run ends. */
  summaryRef?: Ref<HTMLOutputElement>;
  onEdit: () => void;
};

/**
 * A finished lookup in one line: where every entry went (the same sum as the full summary), the
 * files and the scope, and "Edit IDs" to open the input again. It stands in for the input panel
 * after a run that found rows and left nothing to retry, so the results take the screen.
 */
export function RunBar({ buckets, lists, scope, elapsedMs, restoredFrom, summaryRef, onEdit, ...cache }: RunBarProps) {
  const t = useT();
  const files = lists.filter((list) => list.kind === "file").map((list) => list.name);
  const details = [
    t("lookup.bar.scope", { scope }),
    files.length > 0 ? t("lookup.bar.files", { count: files.length, names: files.join(", ") }) : undefined,
    restoredFrom === undefined
      ? t("lookup.progress.finished", { elapsed: formatDuration(elapsedMs, t) })
      : t("lookup.bar.restored", { savedAt: restoredFrom }),
    cache.cachedBatches > 0
      ? t("lookup.progress.cached", { count: cache.cachedBatches, total: cache.batchesTotal })
      : undefined,
  ].filter(Boolean);
  return (
    <Card withBorder padding="xs" radius="md" component="section" aria-label={t("lookup.title")}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <ThemeIcon color="teal" variant="light" radius="xl" size="md" aria-hidden>
            <IconCircleCheck size={18} aria-hidden />
          </ThemeIcon>
          <Group gap="xs" align="baseline" miw={0} wrap="wrap" style={{ rowGap: 0 }}>
            <Text
              ref={summaryRef}
              component="output"
              tabIndex={-1}
              size="sm"
              fw={600}
              aria-label={t("lookup.summary.title")}
            >
              {summaryText(buckets, t)}
            </Text>
            <Text size="xs" c="dimmed">
              {details.join(" · ")}
            </Text>
          </Group>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {cache.cachedBatches > 0 && (
            <Button variant="default" size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={cache.onRefresh}>
              {t("lookup.refresh")}
            </Button>
          )}
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            {t("lookup.bar.edit")}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
