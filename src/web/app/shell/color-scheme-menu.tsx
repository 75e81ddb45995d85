import { ActionIcon, Menu, useMantineColorScheme, type MantineColorScheme } from "@mantine/core";
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from "@tabler/icons-react";
import type { MessageKey } from "../../lib/i18n/catalog.ts";
import { useT } from "../../lib/i18n/i18n-context.ts";

const OPTIONS: { value: MantineColorScheme; label: MessageKey; Icon: typeof IconSun }[] = [
  { value: "light", label: "shell.colorScheme.light", Icon: IconSun },
  { value: "dark", label: "shell.colorScheme.dark", Icon: IconMoon },
  { value: "auto", label: "shell.colorScheme.auto", Icon: IconDeviceDesktop },
];

/** Light, dark or follow the system; Mantine's colour scheme manager remembers the choice. */
export function ColorSchemeMenu() {
  const t = useT();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const current = OPTIONS.find((option) => option.value === colorScheme) ?? OPTIONS[2]!;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t("shell.colorSchemeMenu", { scheme: t(current.label) })}
        >
          <current.Icon size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("shell.colorScheme")}</Menu.Label>
        {OPTIONS.map(({ value, label, Icon }) => (
          <Menu.Item
            key={value}
            leftSection={<Icon size={16} aria-hidden />}
            rightSection={value === colorScheme ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={value === colorScheme ? "true" : undefined}
            onClick={() => setColorScheme(value)}
          >
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
