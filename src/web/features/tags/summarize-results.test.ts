import { describe, expect, it } from "vitest";
import { buildForeignIds, buildTags } from "../../testing/tag-factory.ts";
import { summarizeResults } from "./summarize-results.ts";

describe("summarizeResults", () => {
  it("lists the requested IDs that Huawei did not return, in request order", () => {
    const rows = buildTags(2);
    const [foreignA, foreignB] = buildForeignIds(2);
    const ids = [foreignA!, rows[0]!.customer_id, foreignB!, rows[1]!.customer_id];
    expect(summarizeResults(ids, rows)).toEqual({
      requested: 4,
      found: 2,
      missing: [foreignA, foreignB],
    });
  });

  it("counts everything found when all IDs come back", () => {
    const rows = buildTags(3);
    expect(
      summarizeResults(
        rows.map((row) => row.customer_id),
        rows,
      ),
    ).toEqual({
      requested: 3,
      found: 3,
      missing: [],
    });
  });
});
