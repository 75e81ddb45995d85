import { localStorageColorSchemeManager, MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { AppContent } from "./app-content.tsx";
import { type Catalogs, I18nProvider } from "../lib/i18n/i18n-provider.tsx";
import type { Locale } from "../lib/i18n/locale.ts";
import { loadCatalog } from "./i18n/load-catalog.ts";
import { createQueryClient } from "./query-client.ts";
import { cssVariablesResolver, theme } from "./theme.ts";

const colorSchemeManager = localStorageColorSchemeManager({ key: "newtag-dashboard.color-scheme" });

type AppProps = {
  locale: Locale;
  /** Holds at least `locale`'s catalog, loaded before the first render. */
  catalogs: Catalogs;
};

export function App({ locale, catalogs }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale={locale} catalogs={catalogs} loadCatalog={loadCatalog}>
          <AppContent />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
