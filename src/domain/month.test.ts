import { describe, expect, it } from "vitest";
import { addMonths, compareMonths, currentMonth, isMonth } from "./month.ts";

describe("month arithmetic", () => {
  it("recognises YYYY-MM months only", () => {
    expect(isMonth("2026-01")).toBe(true);
    expect(isMonth("2026-12")).toBe(true);
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "", 202601, null]) {
      expect(isMonth(bad)).toBe(false);
    }
  });

  it("takes the current month in China Standard Time by default", () => {
    expect(currentMonth(new Date("2026-11-30T15:59:59Z"))).toBe("2026-11");
    expect(currentMonth(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12");
    expect(currentMonth(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01");
  });

  it("takes the month in another offset when asked", () => {
    expect(currentMonth(new Date("2026-11-30T16:30:00Z"), 0)).toBe("2026-11");
    expect(currentMonth(new Date("2027-01-01T02:00:00Z"), -300)).toBe("2026-12");
  });

  it("adds months across year boundaries", () => {
    expect(addMonths("2026-11", 1)).toBe("2026-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-11", 14)).toBe("2028-01");
    expect(addMonths("2026-11", -23)).toBe("2024-12");
    expect(addMonths("2026-11", 0)).toBe("2026-11");
  });

  it("rejects malformed months instead of computing nonsense", () => {
    expect(() => addMonths("2026-13", 1)).toThrow(RangeError);
    expect(() => compareMonths("2026-1", "2026-01")).toThrow(RangeError);
  });

  it("compares months chronologically", () => {
    expect(compareMonths("2026-12", "2027-01")).toBeLessThan(0);
    expect(compareMonths("2027-01", "2026-12")).toBeGreaterThan(0);
    expect(compareMonths("2026-05", "2026-05")).toBe(0);
  });
});
