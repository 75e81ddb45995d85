import { describe, expect, it } from "vitest";
import { foreignIds } from "#testing/dataset";
import type { BatchOutcome } from "#domain/lookup-buckets";
import { progressOf, secondsLeft } from "./progress.ts";

const ids = foreignIds(3, 4);
const outcomes: BatchOutcome[] = [
  { ids: [ids[0]!, ids[1]!], status: "done", rows: [] },
  { ids: [ids[2]!], status: "failed", error: { code: "CBC.0999", message: "x", status: 500 } },
  { ids: [], status: "pending" },
  { ids: [ids[0]!, ids[1]!, ids[2]!], status: "cancelled" },
];

describe("progressOf", () => {
  it("counts settled batches and their IDs among the pass's batches only", () => {
    expect(progressOf(outcomes, [0, 1, 2])).toEqual({
      batchesDone: 2,
      batchesTotal: 3,
      idsDone: 3,
      idsTotal: 3,
    });
    expect(progressOf(outcomes, [1])).toEqual({
      batchesDone: 1,
      batchesTotal: 1,
      idsDone: 1,
      idsTotal: 1,
    });
  });
});

describe("progressOf after Cancel", () => {
  it("counts only what was answered: a cancelled batch was never sent", () => {
    expect(progressOf(outcomes, [0, 3])).toEqual({
      batchesDone: 1,
      batchesTotal: 2,
      idsDone: 2,
      idsTotal: 5,
    });
  });
});

describe("secondsLeft", () => {
  const progress = { batchesDone: 10, batchesTotal: 50, idsDone: 2000, idsTotal: 10_000 };
  it("extrapolates the pace of the batches so far", () => {
    expect(secondsLeft(progress, 1000)).toBe(4);
  });
  it("says nothing until there is a pace to go on, and 0 at the end", () => {
    expect(secondsLeft({ ...progress, batchesDone: 0 }, 5000)).toBeUndefined();
    expect(secondsLeft(progress, 500)).toBeUndefined();
    expect(secondsLeft({ ...progress, batchesDone: 50 }, 5000)).toBe(0);
  });
});
