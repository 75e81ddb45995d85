import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render as rtlRender, type RenderOptions } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { afterEach } from "vitest";
import { discardPendingUrl } from "../lib/url-state.ts";
import { I18nProvider } from "../lib/i18n/i18n-provider.tsx";
import type { Locale } from "../lib/i18n/locale.ts";
import { theme } from "../app/theme.ts";
import { catalogs } from "./catalogs.ts";
import { installJsdomPolyfills } from "./jsdom-polyfills.ts";

installJsdomPolyfills();

// Vitest runs without globals, so Testing Library cannot register its own cleanup. A view change
// the last test rendered but had not yet written to the address bar must not land in the next one.
afterEach(() => {
  cleanup();
  discardPendingUrl();
});

type Options = Omit<RenderOptions, "wrapper"> & {
  /** Language of the page; English unless a test is about Chinese. "detect" works it out as the app does. */
  locale?: Locale | "detect";
};

/** Renders inside the app's providers, with a fresh QueryClient that never retries. */
export function render(ui: ReactElement, { locale = "en", ...options }: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <MantineProvider theme={theme} env="test">
        <QueryClientProvider client={queryClient}>
          <I18nProvider
            locale={locale === "detect" ? undefined : locale}
            catalogs={catalogs}
            loadCatalog={(next) => Promise.resolve(catalogs[next])}
          >{children}</I18nProvider>
        </QueryClientProvider>
      </MantineProvider>
    );
  }
  return { queryClient, ...rtlRender(ui, { wrapper: Wrapper, ...options }) };
}
