import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Catalog } from "./catalog.ts";
import { I18nContext, type I18nValue } from "./i18n-context.ts";
import { initialLocale, storeLocale, type Locale } from "./locale.ts";

/** Loaded languages; the page starts with its own language only. */
export type Catalogs = Partial<Record<Locale, Catalog>>;

type I18nProviderProps = {
  /** Overrides the stored choice and the browser's languages (tests, previews). */
  locale?: Locale;
  /** Languages already loaded; must hold the starting language. */
  catalogs: Catalogs;
  /** Loads another language when the user switches to it. */
  loadCatalog: (locale: Locale) => Promise<Catalog>;
  children: ReactNode;
};

export function I18nProvider({ locale: forcedLocale, catalogs: preloaded, loadCatalog, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => forcedLocale ?? initialLocale());
  const [catalogs, setCatalogs] = useState<Catalogs>(preloaded);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      if (catalogs[next]) {
        setLocaleState(next);
        return;
      }
      // Keep showing the current language until the other one has arrived.
      void loadCatalog(next).then((catalog) => {
        setCatalogs((loaded) => ({ ...loaded, [next]: catalog }));
        setLocaleState(next);
      });
    },
    [catalogs, loadCatalog],
  );

  const catalog = catalogs[locale];
  if (!catalog) throw new Error(`I18nProvider needs the ${locale} catalog loaded before it renders`);
  const value = useMemo<I18nValue>(() => ({ locale, setLocale, t: catalog.t }), [locale, catalog, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
