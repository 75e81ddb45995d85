import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foreignIds } from "#testing/dataset";
import { batchKey, chunk } from "./batching.ts";

describe("chunk", () => {
  it("splits 401 IDs into batches of 200, 200 and 1, in order", () => {
    const ids = foreignIds(401, 5);
    const batches = chunk(ids);
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 1]);
    expect(batches.flat()).toEqual(ids);
  });

  it("returns no batch for no IDs and refuses a size below 1", () => {
    expect(chunk([])).toEqual([]);
    expect(() => chunk(["a"], 0)).toThrow(RangeError);
  });

  it("never loses, repeats or reorders items, and keeps every batch within the size", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 300 }), (items, size) => {
        const batches = chunk(items, size);
        expect(batches.flat()).toEqual(items);
        expect(batches.every((batch) => batch.length >= 1 && batch.length <= size)).toBe(true);
        expect(batches.length).toBe(Math.ceil(items.length / size));
      }),
    );
  });
});

describe("batchKey", () => {
  it("names the same set of IDs the same way whatever the order", () => {
    const ids = foreignIds(200, 6);
    expect(batchKey(ids)).toBe(batchKey(ids.toReversed()));
  });

  it("tells different sets apart", () => {
    const ids = foreignIds(201, 7);
    expect(batchKey(ids.slice(0, 200))).not.toBe(batchKey(ids.slice(1)));
    expect(batchKey(ids.slice(0, 1))).not.toBe(batchKey(ids.slice(1, 2)));
  });
});
