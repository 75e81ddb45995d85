import { en } from "../app/i18n/catalog.en.ts";
import { zhCN } from "../app/i18n/catalog.zh-CN.ts";
import type { Catalog } from "../lib/i18n/catalog.ts";
import { compileCatalog } from "../lib/i18n/compile.ts";
import type { Locale } from "../lib/i18n/locale.ts";

/** Both languages compiled, for tests that render or translate without loading chunks. */
export const catalogs: Record<Locale, Catalog> = {
  en: compileCatalog("en", en),
  "zh-CN": compileCatalog("zh-CN", zhCN),
};
