import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { en, type Messages } from "./en.ts";
import { I18nContext, type I18nValue, type Translate } from "./i18n-context.ts";
import { interpolate } from "./interpolate.ts";
import { initialLocale, storeLocale, type Locale } from "./locale.ts";
import { zhCN } from "./zh-CN.ts";

const MESSAGES: Record<Locale, Messages> = { en, "zh-CN": zhCN };

type I18nProviderProps = {
  /** Overrides the stored choice and the browser's languages (tests, previews). */
  locale?: Locale;
  children: ReactNode;
};

export function I18nProvider({ locale: forcedLocale, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => forcedLocale ?? initialLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const messages = MESSAGES[locale];
    const t: Translate = (key, params) => interpolate(messages[key], params);
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
