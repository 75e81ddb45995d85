import { describe, expect, it } from "vitest";
import { createLocalGate, createStartWindow } from "./start-gate.ts";

const clockAt = (start: number) => {
  const clock = { time: start, now: () => clock.time };
  return clock;
};

describe("start window", () => {
  it("counts a start until one window after it", () => {
    const clock = clockAt(0);
    const window = createStartWindow(1000, clock.now);
    window.record();
    clock.time = 400;
    window.record();
    expect(window.waitMs(2)).toBe(600);
    clock.time = 999;
    expect(window.waitMs(2)).toBe(1);
    clock.time = 1000;
    expect(window.waitMs(2)).toBe(0);
  });

  it("after a switch to a smaller limit, waits until enough of the earlier starts have left", () => {
    const clock = clockAt(0);
    const window = createStartWindow(1050, clock.now);
    for (const at of [0, 100, 200, 300, 400]) {
      clock.time = at;
      window.record();
    }
    clock.time = 500;
    // Five starts in the window, a limit of two: one more may start once four have left, the
    // fourth at 300 + 1050.
    expect(window.waitMs(2)).toBe(850);
    expect(window.waitMs(5)).toBe(550);
    expect(window.waitMs(6)).toBe(0);
  });
});

describe("local gate", () => {
  it("lets perSecond starts go, then tells how long until the oldest leaves the window", () => {
    const clock = clockAt(0);
    const gate = createLocalGate(2, 1050, clock.now);
    const ask = () => gate.tryStart({ priority: "user", usersWaiting: 1 });
    expect(ask()).toEqual({ go: true });
    clock.time = 10;
    expect(ask()).toEqual({ go: true });
    clock.time = 20;
    expect(ask()).toEqual({ go: false, waitMs: 1030 });
    clock.time = 1050;
    expect(ask()).toEqual({ go: true });
    expect(ask()).toEqual({ go: false, waitMs: 10 });
  });
});
