import { describe, expect, it } from "vitest";
import { GateFullError, createConcurrencyGate } from "./concurrency-gate.ts";

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("concurrency gate", () => {
  it("runs at most the allowed tasks at once, queues a bounded number and refuses the rest", async () => {
    const gate = createConcurrencyGate(2, 1);
    const blockers = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        await b.promise;
        return i;
      }),
    );
    await expect(gate.run(async () => 99)).rejects.toBeInstanceOf(GateFullError);
    expect(started).toEqual([0, 1]);
    expect(gate.waiting).toBe(1);
    blockers[0]?.resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    blockers[1]?.resolve();
    blockers[2]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.active).toBe(0);
  });

  it("frees the slot when a task fails", async () => {
    const gate = createConcurrencyGate(1, 0);
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });
});
