import { describe, expect, it } from "vitest";
import { IDLE_JOB, type Job, type JobEvent, jobElapsedMs, jobReducer } from "./job.ts";

const play = (events: JobEvent[], from: Job = IDLE_JOB) => events.reduce(jobReducer, from);

describe("jobReducer", () => {
  it("keeps what the job is about from its start to its end", () => {
    expect(
      play([
        { type: "start", run: 1, at: 0, key: "reseller-a" },
        { type: "cancel", at: 10 },
        { type: "continue", run: 2, at: 20 },
      ]),
    ).toMatchObject({ status: "running", key: "reseller-a" });
  });

  it("start, progress, done", () => {
    expect(
      play([
        { type: "start", run: 1, at: 1000, total: 10 },
        { type: "progress", run: 1, done: 4 },
        { type: "progress", run: 1, done: 10 },
        { type: "done", run: 1, at: 3500 },
      ]),
    ).toEqual({
      status: "done",
      run: 1,
      done: 10,
      total: 10,
      startedAt: 1000,
      endedAt: 3500,
      error: undefined,
    });
  });

  it("cancel keeps what was done, and continue goes on from there in a new run", () => {
    const cancelled = play([
      { type: "start", run: 1, at: 0 },
      { type: "progress", run: 1, done: 3 },
      { type: "cancel", at: 2000 },
    ]);
    expect(cancelled).toMatchObject({ status: "cancelled", done: 3, startedAt: 0, endedAt: 2000 });
    expect(
      play(
        [
          { type: "continue", run: 2, at: 5000 },
          { type: "progress", run: 2, done: 5 },
        ],
        cancelled,
      ),
    ).toEqual({
      status: "running",
      run: 2,
      done: 5,
      total: undefined,
      startedAt: 5000,
      endedAt: undefined,
      error: undefined,
    });
  });

  it("a failure keeps what was done and its error; continue clears the error", () => {
    const failed = play([
      { type: "start", run: 1, at: 0, total: 8 },
      { type: "progress", run: 1, done: 2 },
      { type: "fail", run: 1, at: 900, error: "CBC.0150" },
    ]);
    expect(failed).toEqual({
      status: "failed",
      run: 1,
      done: 2,
      total: 8,
      startedAt: 0,
      endedAt: 900,
      error: "CBC.0150",
    });
    expect(play([{ type: "continue", run: 2, at: 1200 }], failed)).toMatchObject({
      status: "running",
      done: 2,
      error: undefined,
      startedAt: 1200,
      endedAt: undefined,
    });
  });

  it("ignores what an earlier run reports after a new run started", () => {
    expect(
      play([
        { type: "start", run: 1, at: 0, total: 5 },
        { type: "start", run: 2, at: 100, total: 3 },
        { type: "progress", run: 1, done: 5 },
        { type: "done", run: 1, at: 200 },
        { type: "fail", run: 1, at: 200, error: "late" },
        { type: "cancel", run: 1, at: 200 },
      ]),
    ).toEqual({
      status: "running",
      run: 2,
      done: 0,
      total: 3,
      startedAt: 100,
      endedAt: undefined,
      error: undefined,
    });
  });

  it("leaves the same state for events that do not apply", () => {
    const done = play([
      { type: "start", run: 1, at: 0 },
      { type: "done", run: 1, at: 10 },
    ]);
    for (const event of [
      { type: "cancel", at: 20 },
      { type: "continue", run: 2, at: 20 },
      { type: "progress", run: 1, done: 9 },
      { type: "fail", run: 1, at: 20, error: "x" },
    ] satisfies JobEvent[])
      expect(jobReducer(done, event)).toBe(done);
    expect(jobReducer(IDLE_JOB, { type: "cancel", at: 0 })).toBe(IDLE_JOB);
    expect(jobReducer(IDLE_JOB, { type: "continue", run: 1, at: 0 })).toBe(IDLE_JOB);
  });

  it("reset forgets the job but not its run, so a late answer of it is still ignored", () => {
    const reset = play([
      { type: "start", run: 4, at: 0 },
      { type: "reset" },
      { type: "done", run: 4, at: 10 },
    ]);
    expect(reset).toEqual({ ...IDLE_JOB, run: 4 });
  });
});

describe("jobElapsedMs", () => {
  it("counts to now while running and to the stop after", () => {
    const running = play([{ type: "start", run: 1, at: 1000 }]);
    expect(jobElapsedMs(running, 4000)).toBe(3000);
    expect(jobElapsedMs(jobReducer(running, { type: "cancel", at: 2500 }), 9000)).toBe(1500);
    expect(jobElapsedMs(IDLE_JOB, 9000)).toBe(0);
  });
});
