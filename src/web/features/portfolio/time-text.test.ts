import { describe, expect, it } from "vitest";
import { catalogs } from "../../testing/catalogs.ts";
import { agoText } from "./time-text.ts";

const en = catalogs.en.t;
const zh = catalogs["zh-CN"].t;
const now = Date.parse("2026-01-15T12:00:00Z");
const before = (ms: number) => new Date(now - ms);

describe("agoText", () => {
  it.each([
    [0, "just now", "刚刚"],
    [59_000, "just now", "刚刚"],
    [60_000, "1 minute ago", "1 分钟前"],
    [59 * 60_000, "59 minutes ago", "59 分钟前"],
    [2 * 3_600_000 + 59 * 60_000, "2 hours ago", "2 小时前"],
    [24 * 3_600_000, "1 day ago", "1 天前"],
    [1_234 * 24 * 3_600_000, "1,234 days ago", "1,234 天前"],
  ])("says %i ms ago in whole units", (ms, english, chinese) => {
    expect(agoText(en, before(ms), now)).toBe(english);
    expect(agoText(zh, before(ms), now)).toBe(chinese);
  });

  it("reads a moment after a clock that is behind as just now", () => {
    expect(agoText(en, new Date(now + 30_000), now)).toBe("just now");
  });
});
