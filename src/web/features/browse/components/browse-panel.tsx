import { Card, Stack, Text, Title } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { Browse } from "../use-browse.ts";
import { LoadAllStatus } from "./load-all-status.tsx";
import { PageStatus } from "./page-status.tsx";
import { PageToolbar } from "./page-toolbar.tsx";

/** Browse mode's controls: server pages with Previous/Next, or the progress of Load all. The rows go to the results workspace. */
export function BrowsePanel({ browse }: { browse: Browse }) {
  const t = useT();
  // A Load all that failed before its first page has no rows to show, but its error must show.
  const loadAllVisible = browse.showingAll || browse.loadAll.running || browse.loadAllFailed;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label={t("browse.title")}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t("browse.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("browse.intro")}
          </Text>
        </Stack>
        {loadAllVisible ? (
          <div aria-live="polite">
            <LoadAllStatus browse={browse} />
          </div>
        ) : (
          <>
            <PageToolbar pager={browse.pager} onLoadAll={browse.loadAll.start} />
            <PageStatus pager={browse.pager} />
          </>
        )}
      </Stack>
    </Card>
  );
}
