import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, foreignIds } from "#testing/dataset";
import { chunk } from "./batching.ts";
import { parseIdText } from "./customer-ids.ts";
import { type BatchOutcome, computeBuckets, groupFailures } from "./lookup-buckets.ts";

const dataset = createDataset({ seed: 13, now: new Date("2026-01-15T00:00:00Z") });
const own = dataset.ownCustomers.slice(0, 300).map((customer) => customer.tag);
const foreign = foreignIds(300, 9, dataset);
const tagOf = new Map(own.map((row) => [row.customer_id, row]));
const error = { code: "CBC.0999", message: "internal error", status: 500 };

/** Answers a batch as Huawei does: known IDs come back, in data-set order, others are dropped. */
const answer = (ids: readonly string[]) =>
  own.filter((row) => ids.includes(row.customer_id)).toReversed();

describe("computeBuckets", () => {
  it("sorts found, not returned, invalid, failed and pending, in input order", () => {
    const [f1, f2, f3] = own.map((row) => row.customer_id);
    const [x1, x2] = foreign;
    const parsed = parseIdText([x1, f1, "id!", f2, x2, f3].join("\n"));
    const outcomes: BatchOutcome[] = [
      { ids: [x1!, f1!], status: "done", rows: answer([x1!, f1!]) },
      { ids: [f2!], status: "failed", error },
      { ids: [x2!], status: "pending" },
    ];
    const buckets = computeBuckets(parsed.ids, parsed.invalid, outcomes);
    expect(buckets.found.map((row) => row.customer_id)).toEqual([f1]);
    expect(buckets.notReturned).toEqual([x1]);
    expect(buckets.invalid.map((entry) => entry.value)).toEqual(["id!"]);
    expect(buckets.failed).toEqual([{ id: f2, error }]);
    expect(buckets.pending).toEqual([x2, f3]);
    expect(buckets.total).toBe(6);
  });

  it("keeps batches cancelled before an answer apart from failures: not sent, not failed", () => {
    const [f1, f2, f3] = own.map((row) => row.customer_id);
    const buckets = computeBuckets(
      [f1!, f2!, f3!],
      [],
      [
        { ids: [f1!], status: "done", rows: answer([f1!]) },
        { ids: [f2!, f3!], status: "cancelled" },
      ],
    );
    expect(buckets.notSent).toEqual([f2, f3]);
    expect(buckets.failed).toEqual([]);
    expect(buckets.pending).toEqual([]);
    expect(buckets.found.map((row) => row.customer_id)).toEqual([f1]);
  });

  it("lets a retried batch's answer replace its earlier failure", () => {
    const ids = own.slice(0, 2).map((row) => row.customer_id);
    const buckets = computeBuckets(
      ids,
      [],
      [
        { ids, status: "failed", error },
        { ids, status: "done", rows: answer(ids) },
      ],
    );
    expect(buckets.failed).toEqual([]);
    expect(buckets.found).toHaveLength(2);
  });

  it("ignores rows for IDs nobody asked for and repeated rows", () => {
    const [asked, stray] = own.map((row) => row.customer_id);
    const row = tagOf.get(asked!)!;
    const buckets = computeBuckets(
      [asked!],
      [],
      [{ ids: [asked!], status: "done", rows: [row, tagOf.get(stray!)!, row] }],
    );
    expect(buckets.found).toEqual([row]);
    expect(buckets.total).toBe(1);
  });

  it("always puts every input entry in exactly one bucket", () => {
    const entry = fc.oneof(
      fc.constantFrom(...own.map((row) => row.customer_id)),
      fc.constantFrom(...foreign),
      fc.constantFrom("bad!", "x".repeat(65), "客户", "id#"),
    );
    const fate = fc.constantFrom("done", "failed", "cancelled", "pending", "missing" as const);
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 700 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fate),
        (values, size, fates) => {
          const parsed = parseIdText(values.join("\n"));
          const outcomes: BatchOutcome[] = [];
          chunk(parsed.ids, size).forEach((ids, index) => {
            const kind = fates[index % Math.max(fates.length, 1)] ?? "done";
            if (kind === "done") outcomes.push({ ids, status: "done", rows: answer(ids) });
            else if (kind === "failed") outcomes.push({ ids, status: "failed", error });
            else if (kind === "cancelled") outcomes.push({ ids, status: "cancelled" });
            else if (kind === "pending") outcomes.push({ ids, status: "pending" });
          });
          const buckets = computeBuckets(parsed.ids, parsed.invalid, outcomes);
          const placed = [
            ...buckets.found.map((row) => row.customer_id),
            ...buckets.notReturned,
            ...buckets.failed.map((failure) => failure.id),
            ...buckets.notSent,
            ...buckets.pending,
          ];
          expect(placed.length + buckets.invalid.length).toBe(buckets.total);
          expect(new Set(placed).size).toBe(placed.length);
          expect(new Set(placed)).toEqual(new Set(parsed.ids));
          expect(buckets.total + parsed.duplicates).toBe(values.length);
        },
      ),
    );
  });
});

describe("groupFailures", () => {
  it("groups failed IDs by error, the largest group first", () => {
    const other = { code: "PROXY.0504", message: "timeout", status: 504 };
    const groups = groupFailures([
      { id: "a", error },
      { id: "b", error: other },
      { id: "c", error: other },
    ]);
    expect(groups).toEqual([
      { error: other, ids: ["b", "c"] },
      { error, ids: ["a"] },
    ]);
  });
});
