export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Not a secret: only remembers the language the user picked. */
export const LOCALE_STORAGE_KEY = "newtag-dashboard.locale";

/**
 * The first language in the browser's preference list that we support wins; every Chinese
 * variant (zh, zh-TW, zh-Hant-HK…) gets Simplified Chinese, anything else falls back to English.
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    if (primary === "zh") return "zh-CN";
    if (primary === "en") return "en";
  }
  return "en";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// localStorage throws in some privacy modes; the language choice is a nicety, not a requirement.
export function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Ignored on purpose: see readStoredLocale.
  }
}

export function initialLocale(): Locale {
  return readStoredLocale() ?? pickLocale(navigator.languages ?? [navigator.language]);
}
