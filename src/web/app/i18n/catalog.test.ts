import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../lib/i18n/compile.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { en } from "./catalog.en.ts";
import { zhCN } from "./catalog.zh-CN.ts";

// Keys that no longer show anywhere, keys a language lacks, and messages that are not valid ICU
// are caught here rather than by a reader.

const webRoot = fileURLToPath(new URL("../..", import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
// The code that shows messages: everything but the message files and the tests.
const sources = walk(webRoot)
  .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
  .filter((path) => !/messages\.[\w-]+\.ts$|catalog\.[\w-]+\.ts$/.test(path))
  .map((path) => ({ path: relative(webRoot, path), text: readFileSync(path, "utf8") }));
const code = sources.map((source) => source.text).join("\n");

/**
 * Keys built at run time from a value, each written out with where it is built. The family counts
 * as used while that file still builds it; every key of the family is then taken as used.
 */
const DYNAMIC_FAMILIES = [
  // The reason a file could not be read, from the parse worker's error union.
  { keys: /^lookup\.file\.error\.[^.]+(\.next)?$/, builtIn: "features/lookup/components/file-notice.tsx", template: "`lookup.file.error.${" },
  { keys: /^results\.tag\.[^.]+$/, builtIn: "features/results/components/tag-badge.tsx", template: "`results.tag.${" },
  { keys: /^results\.status\.[^.]+$/, builtIn: "features/results/status-text.ts", template: "`results.status.${" },
  // The month filters' quick ranges, one key per preset in MONTH_PRESETS.
  {
    keys: /^results\.filter\.preset\.[^.]+$/,
    builtIn: "features/results/components/month-filters.tsx",
    template: "`results.filter.preset.${",
  },
  // The per-reseller table's columns, one key per RESELLER_COLUMNS (domain/insights.ts).
  {
    keys: /^results\.insights\.column\.[^.]+$/,
    builtIn: "features/results/insights/insights-panel.tsx",
    template: "`results.insights.column.${",
  },
  // Alert channels and languages (contract/alerts-api.ts), and a delivery's status.
  {
    keys: /^portfolio\.alerts\.(channel|language)\.[^.]+$/,
    builtIn: "features/portfolio/components/alert-channels.tsx",
    template: "`portfolio.alerts.channel.${",
  },
  {
    keys: /^portfolio\.alerts\.delivery\.[^.]+$/,
    builtIn: "features/portfolio/components/alert-deliveries.tsx",
    template: "`portfolio.alerts.delivery.${",
  },
];

// error-help.ts names a failure by its prefix ("error.PROXY.busy") and adds .what, .next, .nextIn.
function usedAsErrorHelp(key: string): boolean {
  const prefix = /^(.+)\.(what|next|nextIn)$/.exec(key)?.[1];
  const errorHelp = sources.find((source) => source.path === "lib/error-help.ts")?.text ?? "";
  return prefix !== undefined && errorHelp.includes(`"${prefix}"`);
}

function isUsed(key: string): boolean {
  if (code.includes(`"${key}"`)) return true;
  if (DYNAMIC_FAMILIES.some((family) => family.keys.test(key))) return true;
  return usedAsErrorHelp(key);
}

type MessageElement = ReturnType<IntlMessageFormat["getAst"]>[number];
// The parser's element types (TYPE in @formatjs/icu-messageformat-parser): a literal's value is
// its text, not a name; "#" has no value. Every other element is an argument.
const LITERAL = 0;

/** The names of a message's arguments, nested plural and select branches included. */
function argumentNames(elements: MessageElement[]): string[] {
  return elements.flatMap((element) => {
    const name = element.type !== LITERAL && "value" in element ? [element.value] : [];
    const nested =
      "options" in element
        ? Object.values(element.options).flatMap((option) => argumentNames(option.value))
        : [];
    return [...name, ...nested];
  });
}
const argumentsOf = (message: string, locale: Locale) =>
  [...new Set(argumentNames(parseMessage(message, locale).getAst()))].sort();

const catalogs: [Locale, Record<string, string>][] = [
  ["en", en],
  ["zh-CN", zhCN],
];

describe("message catalogs", () => {
  it("have the same keys in every language", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(catalogs)("parse as ICU messages in %s", (locale, messages) => {
    const broken = Object.entries(messages).flatMap(([key, message]) => {
      try {
        parseMessage(message, locale);
        return [];
      } catch (error) {
        return [`${key}: ${String(error)}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it("take the same arguments in every language", () => {
    const differing = Object.entries(en).flatMap(([key, message]) => {
      const english = argumentsOf(message, "en");
      const chinese = argumentsOf(zhCN[key as keyof typeof en], "zh-CN");
      return english.join() === chinese.join() ? [] : [`${key}: en {${english.join()}} zh-CN {${chinese.join()}}`];
    });
    expect(differing).toEqual([]);
  });

  it("hold no key that the code never shows", () => {
    expect(Object.keys(en).filter((key) => !isUsed(key))).toEqual([]);
  });

  it("hold every key the code asks for", () => {
    const asked = [...code.matchAll(/\bt\(\s*"([^"]+)"/g)].map((match) => match[1]!);
    expect(asked.length).toBeGreaterThan(100);
    expect([...new Set(asked)].filter((key) => !Object.hasOwn(en, key))).toEqual([]);
  });

  // Each language is a chunk of its own: a value import of the other language's messages would
  // pull its text into the chunk (a type import is erased).
  it.each([
    ["zh-CN", "en"],
    ["en", "zh-CN"],
  ])("load the %s messages without the %s text", (language, other) => {
    const files = walk(webRoot).filter((path) => path.endsWith(`.${language}.ts`));
    const valueImports = files.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/^import (?!type )[^;]*from "([^"]+)";/gm)]
        .map((match) => match[1]!)
        .filter((from) => !from.endsWith(`.${language}.ts`) || from.endsWith(`.${other}.ts`))
        .map((from) => `${relative(webRoot, path)} imports ${from}`),
    );
    expect(files.length).toBeGreaterThan(7);
    expect(valueImports).toEqual([]);
  });

  it.each(DYNAMIC_FAMILIES)("still build the keys of $template", (family) => {
    const source = sources.find((candidate) => candidate.path === family.builtIn);
    expect(source?.text).toContain(family.template);
    expect(Object.keys(en).some((key) => family.keys.test(key))).toBe(true);
  });
});
