import { Button, Group, Loader, Stack, Text } from "@mantine/core";
import { IconArrowBackUp, IconUsersGroup } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { BrowsePager } from "../use-browse-pager.ts";
import { BrowseError } from "./browse-error.tsx";

/** What the pager knows about the page on screen: its rows, whether more may follow, or why nothing shows. */
export function PageStatus({ pager }: { pager: BrowsePager }) {
  const t = useT();
  const { query, view, pageNumber } = pager;

  if (query.isError)
    return <BrowseError error={query.error} onRetry={() => void query.refetch()} />;
  if (!view) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t("browse.loadingPage", { page: pageNumber })}
        </Text>
      </Group>
    );
  }
  if (view.isPastEnd) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("browse.pastEnd", { page: pageNumber })}</Text>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => pager.goTo(pageNumber - 1)}
        >
          {t("browse.backToLast", { page: pageNumber - 1 })}
        </Button>
      </Stack>
    );
  }
  if (view.lastRow === 0) {
    return (
      <Stack gap={4}>
        <Group gap="xs">
          <IconUsersGroup size={18} aria-hidden />
          <Text size="sm" fw={500}>
            {t("browse.empty")}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t("browse.emptyHint")}
        </Text>
      </Stack>
    );
  }
  const range = t("browse.rowRange", { first: view.firstRow, last: view.lastRow });
  let note = t("browse.moreAfter");
  if (view.isLast) {
    note =
      pageNumber === 1
        ? t("browse.onlyPage", { count: view.lastRow })
        : t("browse.lastPage", { last: view.lastRow });
  }
  return (
    <Text size="sm" c="dimmed">
      <Text span fw={500} c="var(--mantine-color-text)">
        {range}
      </Text>
      {" · "}
      <Text span inherit>
        {note}
      </Text>
    </Text>
  );
}
