import { describe, expect, it, vi } from "vitest";
import { catalogs } from "../../testing/catalogs.ts";
import { en as enMessages } from "../../app/i18n/catalog.en.ts";
import { compileCatalog } from "./compile.ts";

const en = catalogs.en.t;
const zh = catalogs["zh-CN"].t;

describe("compiled messages", () => {
  it("say one batch, and several batches", () => {
    expect(en("lookup.progress.cached", { count: 1, total: 1 })).toBe(
      "1 of 1 batch came from this session's cache, without calling Huawei. Refresh asks again.",
    );
    expect(en("lookup.progress.cached", { count: 2, total: 3 })).toBe(
      "2 of 3 batches came from this session's cache, without calling Huawei. Refresh asks again.",
    );
    expect(zh("lookup.progress.cached", { count: 1, total: 1 })).toBe(
      "1 个批次中有 1 个来自本次会话的缓存，未调用华为云。点击“刷新”可重新查询。",
    );
  });

  it("group the digits of numbers in the page's language", () => {
    expect(en("results.ws.count", { shown: 1234, total: 30000 })).toBe("1,234 of 30,000 customers");
    expect(zh("results.ws.count", { shown: 1234, total: 30000 })).toBe("显示 1,234 / 共 30,000 个客户");
    expect(en("results.ws.count", { shown: 1, total: 1 })).toBe("1 of 1 customer");
  });

  it("keep a value's braces and angle brackets as text", () => {
    expect(en("results.ws.scopeReseller", { name: "{count} <b>Acme</b>" })).toBe(
      "Reseller: {count} <b>Acme</b>",
    );
  });

  it("show the message with its placeholder, and report it, when a parameter is missing", () => {
    const report = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(en("lookup.ids.copied")).toBe("Copied {count, plural, one {# ID} other {# IDs}}");
    expect(report).toHaveBeenCalledOnce();
  });

  it("make each number and plural formatter once for all of a language's messages", () => {
    const { t } = compileCatalog("en", enMessages);
    const made = { number: 0, plural: 0 };
    const { NumberFormat, PluralRules } = Intl;
    const numbers = vi.spyOn(Intl, "NumberFormat").mockImplementation(function (...args) {
      made.number += 1;
      return new NumberFormat(...args);
    } as typeof Intl.NumberFormat);
    const plurals = vi.spyOn(Intl, "PluralRules").mockImplementation(function (...args) {
      made.plural += 1;
      return new PluralRules(...args);
    } as typeof Intl.PluralRules);
    try {
      expect(t("results.ws.count", { shown: 1234, total: 30000 })).toBe("1,234 of 30,000 customers");
      const afterFirst = { ...made };
      expect(afterFirst.number).toBeGreaterThan(0);
      // Other messages with counts, and the first one again: no new formatter.
      expect(t("lookup.progress.cached", { count: 2, total: 3 })).toMatch(/^2 of 3 batches/);
      expect(t("results.ws.count", { shown: 1, total: 1 })).toBe("1 of 1 customer");
      expect(t("lookup.ids.copied", { count: 5 })).toBe("Copied 5 IDs");
      expect(made).toEqual({ number: afterFirst.number, plural: Math.max(afterFirst.plural, 1) });
    } finally {
      numbers.mockRestore();
      plurals.mockRestore();
    }
  });
});
