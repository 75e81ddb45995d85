import { Box, Group, ThemeIcon, Title } from "@mantine/core";
import { DemoNote } from "../../features/health/components/demo-note.tsx";
import { IconTags } from "@tabler/icons-react";
import { useT } from "../../lib/i18n/i18n-context.ts";
import { ColorSchemeMenu } from "./color-scheme-menu.tsx";
import { LanguageMenu } from "./language-menu.tsx";

type AppHeaderProps = {
  /** Shows the demo notice next to the product name. */
  demoMode: boolean;
};

export function AppHeader({ demoMode }: AppHeaderProps) {
  const t = useT();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ThemeIcon size="lg" radius="md" color="red" variant="filled" aria-hidden>
          <IconTags size={20} aria-hidden />
        </ThemeIcon>
        <Title order={1} size="h4" fw={700} lineClamp={1}>
          <Box component="span" visibleFrom="sm">
            {t("app.name")}
          </Box>
          <Box component="span" hiddenFrom="sm">
            {t("app.shortName")}
          </Box>
        </Title>
        {demoMode && <DemoNote />}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageMenu />
        <ColorSchemeMenu />
      </Group>
    </Group>
  );
}
