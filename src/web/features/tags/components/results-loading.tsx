import { Group, Loader, Skeleton, Stack, Text } from "@mantine/core";
import { useT } from "../../../app/i18n/i18n-context.ts";

const SKELETON_ROWS = 5;

export function ResultsLoading({ count }: { count: number }) {
  const t = useT();
  return (
    <Stack gap="sm" aria-live="polite" aria-busy>
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t("results.loading", { count })}</Text>
      </Group>
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <Skeleton key={index} height={28} radius="sm" />
      ))}
    </Stack>
  );
}
