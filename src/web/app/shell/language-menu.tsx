import { Box, Button, Menu } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useLocale, useT } from "../../lib/i18n/i18n-context.ts";
import { LOCALES, type Locale } from "../../lib/i18n/locale.ts";

// Each language is named in itself, so it can be found whatever the current language is.
const NATIVE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };
// Phones have room in the header for the product name or a long language name, not both.
const SHORT_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "EN" };

export function LanguageMenu() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          px="xs"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t("shell.languageMenu", { language: NATIVE_NAMES[locale] })}
        >
          <Box component="span" visibleFrom="xs">
            {NATIVE_NAMES[locale]}
          </Box>
          <Box component="span" hiddenFrom="xs">
            {SHORT_NAMES[locale]}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("shell.language")}</Menu.Label>
        {LOCALES.map((option) => (
          <Menu.Item
            key={option}
            lang={option}
            onClick={() => setLocale(option)}
            aria-current={option === locale ? "true" : undefined}
            rightSection={option === locale ? <IconCheck size={16} aria-hidden /> : null}
          >
            {NATIVE_NAMES[option]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
