import { describe, expect, it } from "vitest";
import { createDataset, foreignIds } from "#testing/dataset";
import { chunk } from "#domain/batching";
import type { NewCustomerTag } from "#contract/huawei-api";
import { ApiError } from "../../lib/api-error.ts";
import { type FetchBatch, runBatches } from "./run-batches.ts";

const dataset = createDataset({ seed: 14, now: new Date("2026-01-15T00:00:00Z") });
const own = dataset.ownCustomers.slice(0, 450).map((customer) => customer.tag);
const ids = [...own.map((row) => row.customer_id), ...foreignIds(50, 2, dataset)];
const answer = (batch: readonly string[]): NewCustomerTag[] =>
  own.filter((row) => batch.includes(row.customer_id));

describe("runBatches", () => {
  it("settles every batch with at most `concurrency` calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const fetchBatch: FetchBatch = async (batch) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      return answer(batch);
    };
    const settled: number[] = [];
    const outcomes = await runBatches({
      batches: chunk(ids),
      fetchBatch,
      concurrency: 2,
      onOutcome: (index) => settled.push(index),
    });
    expect(most).toBe(2);
    expect(settled.sort()).toEqual([0, 1, 2]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "done", "done"]);
    expect(
      outcomes.flatMap((outcome) => (outcome.status === "done" ? outcome.rows : [])),
    ).toHaveLength(450);
  });

  it("records a failed batch with its error code and message, and goes on with the others", async () => {
    const fetchBatch: FetchBatch = async (batch) => {
      if (batch[0] === ids[200])
        throw new ApiError({ status: 500, code: "CBC.0999", message: "internal error" });
      return answer(batch);
    };
    const outcomes = await runBatches({ batches: chunk(ids), fetchBatch });
    expect(outcomes[1]).toEqual({
      ids: ids.slice(200, 400),
      status: "failed",
      error: { code: "CBC.0999", message: "internal error", status: 500 },
    });
    expect(outcomes[0]!.status).toBe("done");
    expect(outcomes[2]!.status).toBe("done");
  });

  it("on cancel keeps the answered batches and marks the rest cancelled, not failed", async () => {
    const controller = new AbortController();
    const fetchBatch: FetchBatch = (batch, signal) =>
      new Promise((resolve, reject) => {
        if (batch[0] === ids[0]) return resolve(answer(batch));
        controller.abort();
        signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        if (signal.aborted) reject(new DOMException("aborted", "AbortError"));
      });
    const outcomes = await runBatches({
      batches: chunk(ids),
      fetchBatch,
      concurrency: 1,
      signal: controller.signal,
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["done", "cancelled", "cancelled"]);
  });
});
