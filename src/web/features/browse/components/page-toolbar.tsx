import { ActionIcon, Button, Group, Select, Text, Tooltip } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconDatabaseImport } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { PAGE_SIZES, type PageSize } from "#domain/server-paging";
import type { BrowsePager } from "../use-browse-pager.ts";

type PageToolbarProps = {
  pager: BrowsePager;
  onLoadAll: () => void;
};

/** Previous / "Page N" / Next, the page size and Load all; there is no page count to show. */
export function PageToolbar({ pager, onLoadAll }: PageToolbarProps) {
  const t = useT();
  const { pageNumber, pageSize, view, switching } = pager;
  const busy = switching || pager.query.isPending;
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={t("browse.previous")}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t("browse.previous")}
            disabled={pageNumber <= 1 || busy}
            onClick={() => pager.goTo(pageNumber - 1)}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Text fw={500} size="sm" miw={64} ta="center" aria-live="polite">
          {t("browse.pageLabel", { page: pageNumber })}
        </Text>
        <Tooltip label={t("browse.next")}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t("browse.next")}
            disabled={!view?.canNext || busy}
            onClick={() => pager.goTo(pageNumber + 1)}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Text size="sm" c="dimmed" visibleFrom="sm" ml="sm">
          {t("browse.pageSize")}
        </Text>
        <Select
          aria-label={t("browse.pageSize")}
          data={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
          value={String(pageSize)}
          onChange={(value) => value && pager.setPageSize(Number(value) as PageSize)}
          allowDeselect={false}
          w={88}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Tooltip label={t("browse.loadAllHint")} multiline w={260}>
        <Button
          variant="light"
          leftSection={<IconDatabaseImport size={18} aria-hidden />}
          onClick={onLoadAll}
        >
          {t("browse.loadAll")}
        </Button>
      </Tooltip>
    </Group>
  );
}
