import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCron } from "#domain/cron";
import { runOnSchedule } from "./schedule.ts";

afterEach(() => {
  vi.useRealTimers();
});

const daily7 = () => {
  const parsed = parseCron("0 7 * * *");
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.schedule;
};

describe("runOnSchedule", () => {
  it("fires at each 07:00 Shanghai time and not before", () => {
    vi.useFakeTimers({ now: new Date("2026-12-07T12:00:00Z") });
    const fired: string[] = [];
    const stop = runOnSchedule(daily7(), () => fired.push(new Date().toISOString()));
    vi.advanceTimersByTime(11 * 3600_000 - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(["2026-12-07T23:00:00.000Z"]);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(fired).toEqual(["2026-12-07T23:00:00.000Z", "2026-12-08T23:00:00.000Z"]);
    stop();
    vi.advanceTimersByTime(48 * 3600_000);
    expect(fired).toHaveLength(2);
  });
});
