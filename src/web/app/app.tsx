import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { AppContent } from "./app-content.tsx";
import type { Dictionaries } from "./i18n/dictionaries.ts";
import { I18nProvider } from "./i18n/i18n-provider.tsx";
import type { Locale } from "./i18n/locale.ts";
import { createQueryClient } from "./query-client.ts";
import { theme } from "./theme.ts";

const colorSchemeManager = localStorageColorSchemeManager({ key: "newtag-dashboard.color-scheme" });

type AppProps = {
  locale: Locale;
  /** Holds at least `locale`'s messages, loaded before the first render. */
  dictionaries: Dictionaries;
};

export function App({ locale, dictionaries }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={locale} dictionaries={dictionaries}>
          <AppContent />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
