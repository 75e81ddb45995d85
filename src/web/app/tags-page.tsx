import { Stack, Text, Title } from "@mantine/core";
import { TagLookup } from "../features/tags/components/tag-lookup.tsx";
import { useT } from "./i18n/i18n-context.ts";

export function TagsPage({ demoMode }: { demoMode: boolean }) {
  const t = useT();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t("page.title")}</Title>
        <Text c="dimmed">{t("page.description")}</Text>
      </Stack>
      <TagLookup demoMode={demoMode} />
    </Stack>
  );
}
