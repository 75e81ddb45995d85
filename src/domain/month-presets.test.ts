import { describe, expect, it } from "vitest";
import { MONTH_PRESETS, monthPreset } from "./month-presets.ts";

// Expected ranges written out by hand, for a month in each quarter and across the year's end.
describe("month presets", () => {
  it("this month", () => {
    expect(monthPreset("thisMonth", "2026-12")).toEqual({ from: "2026-12", to: "2026-12" });
  });

  it("the next 3 months: the three after this one, across the new year", () => {
    expect(monthPreset("next3Months", "2026-11")).toEqual({ from: "2026-12", to: "2027-02" });
    expect(monthPreset("next3Months", "2026-01")).toEqual({ from: "2026-02", to: "2026-04" });
  });

  it("this quarter: the calendar quarter holding this month", () => {
    expect(monthPreset("thisQuarter", "2026-01")).toEqual({ from: "2026-01", to: "2026-03" });
    expect(monthPreset("thisQuarter", "2026-05")).toEqual({ from: "2026-04", to: "2026-06" });
    expect(monthPreset("thisQuarter", "2026-09")).toEqual({ from: "2026-07", to: "2026-09" });
    expect(monthPreset("thisQuarter", "2026-12")).toEqual({ from: "2026-10", to: "2026-12" });
  });

  it("next quarter, into the next year from the fourth", () => {
    expect(monthPreset("nextQuarter", "2026-02")).toEqual({ from: "2026-04", to: "2026-06" });
    expect(monthPreset("nextQuarter", "2026-11")).toEqual({ from: "2027-01", to: "2027-03" });
  });

  it("the last 12 months: this month and the eleven before it", () => {
    expect(monthPreset("last12Months", "2026-12")).toEqual({ from: "2026-01", to: "2026-12" });
    expect(monthPreset("last12Months", "2026-03")).toEqual({ from: "2025-04", to: "2026-03" });
  });

  it("lists every preset once, in menu order", () => {
    expect(MONTH_PRESETS).toEqual([
      "thisMonth",
      "next3Months",
      "thisQuarter",
      "nextQuarter",
      "last12Months",
    ]);
  });
});
