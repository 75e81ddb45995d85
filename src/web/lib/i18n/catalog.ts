import type { Locale } from "./locale.ts";

/**
 * Every message of the app in English, the key source for every language. Empty here: the app
 * registers its English catalog by declaration merging (app/i18n/catalog.en.ts), so this
 * machinery types the keys of the features without importing them.
 */
// oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type
export interface MessageCatalog {}

export type MessageKey = keyof MessageCatalog & string;

/** One language's messages: every key, each an ICU message. */
export type Messages = { [K in MessageKey]: string };

/** A translation of an English message set: every key, no other, each a string. */
export type Translation<T> = { [K in keyof T]: string };

/** Numbers are formatted by the message (`{count, number}`, plurals), so pass them as numbers. */
export type MessageParams = Record<string, string | number | Date>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A loaded language: its messages, compiled on first use into text in that language. */
export type Catalog = { locale: Locale; t: Translate };
