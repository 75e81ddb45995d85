import { createContext, useContext } from "react";
import type { Translate } from "./catalog.ts";
import type { Locale } from "./locale.ts";

export type I18nValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nValue | null>(null);

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT/useLocale must be used inside <I18nProvider>");
  return value;
}

/** The translate function of the current language: `t("lookup.counts.valid", { count: 3 })`. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nValue, "locale" | "setLocale"> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
