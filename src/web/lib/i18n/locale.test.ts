import { describe, expect, it } from "vitest";
import { pickLocale } from "./locale.ts";

describe("pickLocale", () => {
  it.each([["zh-CN"], ["zh-TW"], ["zh"], ["zh-Hant-HK"], ["ZH_cn"]])(
    "gives Simplified Chinese for %s",
    (language) => {
      expect(pickLocale([language])).toBe("zh-CN");
    },
  );

  it.each([["en-US"], ["en"], ["fr-FR"], ["ja"]])("gives English for %s", (language) => {
    expect(pickLocale([language])).toBe("en");
  });

  it("follows the first supported language in the preference order", () => {
    expect(pickLocale(["fr-FR", "zh-CN", "en"])).toBe("zh-CN");
    expect(pickLocale(["en-GB", "zh-CN"])).toBe("en");
  });

  it("falls back to English when the browser states no language", () => {
    expect(pickLocale([])).toBe("en");
  });
});
