import { describe, expect, it } from "vitest";
import { nextCronTime, parseCron } from "./cron.ts";

const at = (iso: string) => new Date(iso);
const next = (expression: string, after: string) => {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(parsed.problem);
  return nextCronTime(parsed.schedule, at(after)).toISOString();
};

describe("parseCron", () => {
  it.each([
    ["0 7 * * *"],
    ["*/15 * * * *"],
    ["0 7,19 * * 1-5"],
    ["30 6 1 * *"],
    ["0 0 * * 0"],
    ["0 0 * * 7"],
  ])("accepts %s", (expression) => {
    expect(parseCron(expression).ok).toBe(true);
  });

  it.each([
    ["0 7 * *", "needs 5 fields (minute hour day month weekday), got 4"],
    ["60 7 * * *", "minute: 60 is outside 0-59"],
    ["0 24 * * *", "hour: 24 is outside 0-23"],
    ["0 7 0 * *", "day of month: 0 is outside 1-31"],
    ["0 7 * 13 *", "month: 13 is outside 1-12"],
    ["0 7 * * 8", "weekday: 8 is outside 0-7"],
    ["0 7 * * mon", 'weekday: "mon" is not a number, range or step'],
    ["*/0 7 * * *", "minute: a step must be 1 or more"],
    ["5-1 7 * * *", "minute: the range 5-1 runs backwards"],
  ])("refuses %s: %s", (expression, problem) => {
    expect(parseCron(expression)).toEqual({ ok: false, problem });
  });
});

// Asia/Shanghai is UTC+8 all year (no daylight saving since 1991).
describe("nextCronTime (Asia/Shanghai)", () => {
  it("fires at 07:00 Shanghai, which is 23:00 UTC the day before", () => {
    expect(next("0 7 * * *", "2026-12-07T12:00:00Z")).toBe("2026-12-07T23:00:00.000Z");
  });

  it("moves to the next day once today's time has passed", () => {
    expect(next("0 7 * * *", "2026-12-07T23:00:00Z")).toBe("2026-12-08T23:00:00.000Z");
  });

  it("is strictly after the given time, to the minute", () => {
    expect(next("*/15 * * * *", "2026-12-07T12:14:59Z")).toBe("2026-12-07T12:15:00.000Z");
    expect(next("*/15 * * * *", "2026-12-07T12:15:00Z")).toBe("2026-12-07T12:30:00.000Z");
  });

  it("reads weekdays in Shanghai time (Monday 07:00 there is Sunday 23:00 UTC)", () => {
    // 2026-12-06 is a Sunday.
    expect(next("0 7 * * 1", "2026-12-05T00:00:00Z")).toBe("2026-12-06T23:00:00.000Z");
  });

  it("takes 7 for Sunday as 0 does", () => {
    expect(next("0 12 * * 7", "2026-12-07T00:00:00Z")).toBe(next("0 12 * * 0", "2026-12-07T00:00:00Z"));
  });

  it("matches day of month or weekday when both are restricted, as cron does", () => {
    // The 1st of January 2027 is a Friday; Monday 2026-12-14 comes first.
    expect(next("0 9 1 * 1", "2026-12-08T00:00:00Z")).toBe("2026-12-14T01:00:00.000Z");
  });

  it("skips months without the day", () => {
    expect(next("0 0 31 * *", "2027-01-31T00:00:00Z")).toBe("2027-03-30T16:00:00.000Z");
  });
});
