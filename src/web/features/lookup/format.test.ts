import { describe, expect, it } from "vitest";
import { formatCount, formatDuration } from "./format.ts";

describe("formatDuration", () => {
  it.each([
    [0, "0 s", "0 秒"],
    [8_400, "8 s", "8 秒"],
    [125_000, "2 min 05 s", "2 分 05 秒"],
  ])("says %i ms in both languages", (ms, en, zh) => {
    expect(formatDuration(ms, "en")).toBe(en);
    expect(formatDuration(ms, "zh-CN")).toBe(zh);
  });
});

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(30_000, "en")).toBe("30,000");
    expect(formatCount(30_000, "zh-CN")).toBe("30,000");
  });
});
