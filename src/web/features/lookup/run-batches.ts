import type { BatchError, BatchOutcome } from "#domain/lookup-buckets";
import type { NewCustomerTag } from "#contract/huawei-api";
import { toApiError } from "../../lib/api-error.ts";

/** Asks for one batch's tags; must reject when `signal` aborts. */
export type FetchBatch = (
  ids: readonly string[],
  signal: AbortSignal,
) => Promise<readonly NewCustomerTag[]>;

export type RunBatchesOptions = {
  /** The batches, each already at most 200 IDs. */
  batches: readonly (readonly string[])[];
  fetchBatch: FetchBatch;
  /** Calls in flight at once; the proxy queues them at Huawei's 10 calls/s. */
  concurrency?: number;
  signal?: AbortSignal;
  /** Called as each batch settles, with its index in `batches`. */
  onOutcome?: (index: number, outcome: BatchOutcome) => void;
};

export const DEFAULT_CONCURRENCY = 4;

function describeError(error: unknown): BatchError {
  const { code, message, status, retryAfterS } = toApiError(error);
  return { code, message, status, retryAfterS };
}

/**
 * Sends the batches with a small concurrency and settles every one of them: answered, failed
 * with its error, or cancelled when the signal aborted first. Never rejects, so no batch is lost.
 */
export async function runBatches({
  batches,
  fetchBatch,
  concurrency = DEFAULT_CONCURRENCY,
  signal = new AbortController().signal,
  onOutcome,
}: RunBatchesOptions): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = batches.map((ids) => ({ ids, status: "pending" }));
  const settle = (index: number, outcome: BatchOutcome) => {
    outcomes[index] = outcome;
    onOutcome?.(index, outcome);
  };
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const index = next++;
      const ids = batches[index]!;
      if (signal.aborted) {
        settle(index, { ids, status: "cancelled" });
        continue;
      }
      try {
        const rows = await fetchBatch(ids, signal);
        settle(index, { ids, status: "done", rows });
      } catch (error) {
        settle(
          index,
          signal.aborted
            ? { ids, status: "cancelled" }
            : { ids, status: "failed", error: describeError(error) },
        );
      }
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, lane),
  );
  return outcomes;
}
