import { IntlMessageFormat } from "intl-messageformat";
import type { Catalog, Messages, MessageKey, Translate } from "./catalog.ts";
import type { Locale } from "./locale.ts";

// Messages are text, not markup: "<" is an ordinary character.
const OPTIONS = { ignoreTag: true } as const;

/** Parses one ICU message; throws a SyntaxError naming what is wrong. */
export function parseMessage(message: string, locale: Locale): IntlMessageFormat {
  return new IntlMessageFormat(message, locale, undefined, OPTIONS);
}

/**
 * Makes a language's translate function. Each message is parsed on its first use, so a page pays
 * only for the messages it shows; plurals, numbers and dates follow the language, not the browser.
 */
export function compileCatalog(locale: Locale, messages: Messages): Catalog {
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  const t: Translate = (key, params) => {
    try {
      let format = parsed.get(key);
      if (!format) {
        format = parseMessage(messages[key], locale);
        parsed.set(key, format);
      }
      const text = format.format(params);
      return typeof text === "string" ? text : String(text);
    } catch (error) {
      // A missing parameter is a bug the tests catch (console.error fails them); users still
      // see the message with its placeholders rather than a blank page.
      console.error(`Message ${key} (${locale}) could not be formatted:`, error);
      return messages[key];
    }
  };
  return { locale, t };
}
