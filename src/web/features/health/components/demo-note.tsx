import { Badge, Group, Text } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";

/**
 * Tells the user plainly, once and in the header on every screen, that nothing on the page comes
 * from Huawei: the badge always, its explanation where the header has room for it.
 */
export function DemoNote() {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap" miw={0}>
      <Badge color="yellow" variant="filled" c="dark.9" style={{ flexShrink: 0 }}>
        {t("health.demoTitle")}
      </Badge>
      <Text size="xs" c="dimmed" visibleFrom="lg" truncate="end">
        {t("health.demoText")}
      </Text>
    </Group>
  );
}
