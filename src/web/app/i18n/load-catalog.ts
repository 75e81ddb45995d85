import type { Catalog, Messages } from "../../lib/i18n/catalog.ts";
import type { Locale } from "../../lib/i18n/locale.ts";

// Each language is its own chunk: a Chinese reader never downloads the English text, and back.
const messages: Record<Locale, () => Promise<Messages>> = {
  en: () => import("./catalog.en.ts").then((m) => m.en),
  "zh-CN": () => import("./catalog.zh-CN.ts").then((m) => m.zhCN),
};

/**
 * Loads one language with the ICU formatter. The formatter is a chunk of its own, fetched in
 * parallel with the language, so the first screen's entry script does not carry it.
 */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const [loaded, { compileCatalog }] = await Promise.all([
    messages[locale](),
    import("../../lib/i18n/compile.ts"),
  ]);
  return compileCatalog(locale, loaded);
}
