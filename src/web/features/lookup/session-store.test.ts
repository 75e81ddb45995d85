import { describe, expect, it } from "vitest";
import { buildTags } from "../../testing/tag-factory.ts";
import { restorableRun } from "./session-store.ts";
import type { LookupRun } from "./use-lookup-run.ts";

describe("restorableRun", () => {
  it("shows a batch that was on its way when saved as not sent, and keeps every answer", () => {
    const rows = buildTags(2);
    const run: LookupRun = {
      input: { ids: ["a", "b", "c"], invalid: [], duplicates: 0, entries: 3 } as unknown as LookupRun["input"],
      resellerId: "r-1",
      batches: [["a"], ["b"], ["c"]],
      outcomes: [
        { ids: ["a"], status: "done", rows },
        { ids: ["b"], status: "pending" },
        { ids: ["c"], status: "failed", error: { code: "CBC.0999", message: "x", status: 500 } as never },
      ],
      pass: [0, 1, 2],
      cachedBatches: 2,
    };
    const restored = restorableRun(run);
    expect(restored.outcomes).toEqual([
      { ids: ["a"], status: "done", rows },
      { ids: ["b"], status: "cancelled" },
      { ids: ["c"], status: "failed", error: { code: "CBC.0999", message: "x", status: 500 } },
    ]);
    // Nothing came from this page's cache: the note would be wrong after a reload.
    expect(restored.cachedBatches).toBe(0);
    expect(restored.resellerId).toBe("r-1");
    expect(run.outcomes[1]).toEqual({ ids: ["b"], status: "pending" });
  });
});
