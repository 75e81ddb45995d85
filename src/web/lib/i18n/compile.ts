import { type Formatters, IntlMessageFormat } from "intl-messageformat";
import type { Catalog, Messages, MessageKey, Translate } from "./catalog.ts";
import type { Locale } from "./locale.ts";

// Messages are text, not markup: "<" is an ordinary character.
const OPTIONS = { ignoreTag: true } as const;

/** Parses one ICU message; throws a SyntaxError naming what is wrong. */
export function parseMessage(message: string, locale: Locale, formatters?: Formatters): IntlMessageFormat {
  return new IntlMessageFormat(message, locale, undefined, formatters ? { ...OPTIONS, formatters } : OPTIONS);
}

/** Makes each `Intl` formatter once per set of arguments and hands the same one out again. */
function once<Args extends unknown[], Made>(make: (...args: Args) => Made): (...args: Args) => Made {
  const made = new Map<string, Made>();
  return (...args) => {
    const key = JSON.stringify(args);
    let found = made.get(key);
    if (found === undefined) {
      found = make(...args);
      made.set(key, found);
    }
    return found;
  };
}

/**
 * One set of `Intl` formatters for all of a language's messages. Left to itself each message makes
 * its own, and making one costs far more than using it: a filter change that shows a few messages
 * for the first time spent over 10 ms making number and plural formatters the page already had.
 */
function sharedFormatters(): Formatters {
  return {
    getNumberFormat: once((locales, options) => new Intl.NumberFormat(locales, options)),
    getDateTimeFormat: once((...args) => new Intl.DateTimeFormat(...args)),
    getPluralRules: once((...args) => new Intl.PluralRules(...args)),
  };
}

/**
 * Makes a language's translate function. Each message is parsed on its first use, so a page pays
 * only for the messages it shows; plurals, numbers and dates follow the language, not the browser.
 */
export function compileCatalog(locale: Locale, messages: Messages): Catalog {
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  const formatters = sharedFormatters();
  const t: Translate = (key, params) => {
    try {
      let format = parsed.get(key);
      if (!format) {
        format = parseMessage(messages[key], locale, formatters);
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
