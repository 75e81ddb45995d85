import type { Messages } from "./en.ts";
import type { Locale } from "./locale.ts";

/** Loaded dictionaries by language; the page starts with its own language only. */
export type Dictionaries = Partial<Record<Locale, Messages>>;

// Each language is its own chunk: a Chinese reader never downloads the English text, and back.
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import("./en.ts").then((m) => m.en),
  "zh-CN": () => import("./zh-CN.ts").then((m) => m.zhCN),
};

/** Loads one language's messages. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}
