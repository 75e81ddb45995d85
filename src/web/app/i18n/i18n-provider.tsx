import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { type Dictionaries, loadMessages } from "./dictionaries.ts";
import { I18nContext, type I18nValue, type Translate } from "./i18n-context.ts";
import { interpolate } from "./interpolate.ts";
import { initialLocale, storeLocale, type Locale } from "./locale.ts";

type I18nProviderProps = {
  /** Overrides the stored choice and the browser's languages (tests, previews). */
  locale?: Locale;
  /** Dictionaries already loaded; must hold the starting language. Others load on switching. */
  dictionaries: Dictionaries;
  children: ReactNode;
};

export function I18nProvider({ locale: forcedLocale, dictionaries: preloaded, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => forcedLocale ?? initialLocale());
  const [dictionaries, setDictionaries] = useState<Dictionaries>(preloaded);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      if (dictionaries[next]) {
        setLocaleState(next);
        return;
      }
      // Keep showing the current language until the other one has arrived.
      void loadMessages(next).then((messages) => {
        setDictionaries((loaded) => ({ ...loaded, [next]: messages }));
        setLocaleState(next);
      });
    },
    [dictionaries],
  );

  const messages = dictionaries[locale];
  if (!messages) throw new Error(`I18nProvider needs the ${locale} dictionary loaded before it renders`);
  const value = useMemo<I18nValue>(() => {
    const t: Translate = (key, params) => interpolate(messages[key], params);
    return { locale, setLocale, t };
  }, [locale, messages, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
