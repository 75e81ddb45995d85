import type { InvalidEntry } from "./customer-ids.ts";
import type { NewCustomerTag } from "../contract/huawei-api.ts";

/** Why a batch has no answer: Huawei's or the proxy's error code and message. */
export type BatchError = {
  code: string;
  message: string;
  status: number;
  /** Seconds to wait before asking again, when the server said. */
  retryAfterS?: number | undefined;
};

/** What happened to one batch of a run. */
export type BatchOutcome =
  | { ids: readonly string[]; status: "done"; rows: readonly NewCustomerTag[] }
  | { ids: readonly string[]; status: "failed"; error: BatchError }
  // The user cancelled the run before this batch was answered: not a failure, just not asked.
  | { ids: readonly string[]; status: "cancelled" }
  | { ids: readonly string[]; status: "pending" };

export type FailedId = { id: string; error: BatchError };

/** Every input entry in exactly one bucket; `pending` only while a run is still going. */
export type LookupBuckets = {
  /** Tag rows of the IDs Huawei returned, in input order. */
  found: NewCustomerTag[];
  /** IDs that were asked for but silently dropped: not a sub-customer in the chosen scope. */
  notReturned: string[];
  invalid: InvalidEntry[];
  failed: FailedId[];
  /** IDs not looked up because the run was cancelled first; Continue sends them. */
  notSent: string[];
  /** IDs whose batch has not answered yet. */
  pending: string[];
  /** Distinct entries of the input: valid IDs plus invalid entries. */
  total: number;
};

/**
 * Puts every input entry in one bucket from the batches' outcomes. An ID in no batch counts as
 * pending, so nothing can fall out of the sum; rows for IDs nobody asked for are ignored.
 */
export function computeBuckets(
  ids: readonly string[],
  invalid: readonly InvalidEntry[],
  outcomes: readonly BatchOutcome[],
): LookupBuckets {
  // The latest outcome of an ID wins: a batch retried after failing replaces its failure.
  const latest = new Map<
    string,
    { row?: NewCustomerTag; error?: BatchError; done: boolean; cancelled?: boolean }
  >();
  for (const outcome of outcomes) {
    if (outcome.status === "done") {
      const rows = new Map<string, NewCustomerTag>();
      for (const row of outcome.rows)
        if (!rows.has(row.customer_id)) rows.set(row.customer_id, row);
      for (const id of outcome.ids) latest.set(id, { row: rows.get(id), done: true });
    } else if (outcome.status === "failed") {
      for (const id of outcome.ids) latest.set(id, { error: outcome.error, done: false });
    } else if (outcome.status === "cancelled") {
      for (const id of outcome.ids) latest.set(id, { done: false, cancelled: true });
    }
  }
  const buckets: LookupBuckets = {
    found: [],
    notReturned: [],
    invalid: [...invalid],
    failed: [],
    notSent: [],
    pending: [],
    total: ids.length + invalid.length,
  };
  for (const id of ids) {
    const state = latest.get(id);
    if (state?.row) buckets.found.push(state.row);
    else if (state?.done) buckets.notReturned.push(id);
    else if (state?.error) buckets.failed.push({ id, error: state.error });
    else if (state?.cancelled) buckets.notSent.push(id);
    else buckets.pending.push(id);
  }
  return buckets;
}

/** The failed IDs grouped by error code and message, largest group first, for the summary. */
export function groupFailures(failed: readonly FailedId[]): { error: BatchError; ids: string[] }[] {
  const groups = new Map<string, { error: BatchError; ids: string[] }>();
  for (const { id, error } of failed) {
    const key = `${error.code}\n${error.message}`;
    let group = groups.get(key);
    if (!group) {
      group = { error, ids: [] };
      groups.set(key, group);
    }
    group.ids.push(id);
  }
  return [...groups.values()].sort((a, b) => b.ids.length - a.ids.length);
}
