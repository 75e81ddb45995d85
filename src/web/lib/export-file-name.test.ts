import { describe, expect, it } from "vitest";
import { exportFileName } from "./export-file-name.ts";

describe("exportFileName", () => {
  it("carries the date in China Standard Time and the scope", () => {
    expect(exportFileName({ now: new Date("2026-11-29T10:00:00Z"), extension: "csv" })).toBe(
      "new-customer-tags_2026-11-29_own.csv",
    );
    expect(
      exportFileName({
        now: new Date("2026-11-29T16:30:00Z"),
        extension: "xlsx",
        scopeLabel: "ruixin-partner01",
      }),
    ).toBe("new-customer-tags_2026-11-30_ruixin-partner01.xlsx");
  });

  it("names other files after what they hold, with the same date and scope", () => {
    expect(
      exportFileName({
        now: new Date("2026-11-29T16:30:00Z"),
        extension: "csv",
        subject: "not-returned-ids",
        scopeLabel: "上海新天教育科技有限公司",
      }),
    ).toBe("not-returned-ids_2026-11-30_上海新天教育科技有限公司.csv");
  });

  it("makes any reseller label safe as a file name", () => {
    expect(
      exportFileName({
        now: new Date("2026-01-01T00:00:00Z"),
        extension: "csv",
        scopeLabel: ' a/b:c*"d" 华为 ',
      }),
    ).toBe("new-customer-tags_2026-01-01_a-b-c-d-华为.csv");
    expect(
      exportFileName({
        now: new Date("2026-01-01T00:00:00Z"),
        extension: "csv",
        scopeLabel: "../",
      }),
    ).toBe("new-customer-tags_2026-01-01_own.csv");
  });
});
