import { describe, expect, it } from "vitest";
import { catalogs } from "../../testing/catalogs.ts";
import { formatDuration } from "./format.ts";

describe("formatDuration", () => {
  it.each([
    [0, "0 s", "0 秒"],
    [8_400, "8 s", "8 秒"],
    [125_000, "2 min 05 s", "2 分 05 秒"],
    [36_000_000, "600 min 00 s", "600 分 00 秒"],
  ])("says %i ms in both languages", (ms, en, zh) => {
    expect(formatDuration(ms, catalogs.en.t)).toBe(en);
    expect(formatDuration(ms, catalogs["zh-CN"].t)).toBe(zh);
  });
});
