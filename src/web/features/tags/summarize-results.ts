import type { NewCustomerTag } from "#shared/huawei-api";

export type ResultSummary = {
  requested: number;
  found: number;
  /** Requested IDs Huawei left out: not the partner's customers, or a reseller's. */
  missing: string[];
};

/** Compares what was asked with what came back, in the order the user pasted the IDs. */
export function summarizeResults(
  requestedIds: readonly string[],
  rows: readonly NewCustomerTag[],
): ResultSummary {
  const returned = new Set(rows.map((row) => row.customer_id));
  const missing = requestedIds.filter((id) => !returned.has(id));
  return { requested: requestedIds.length, found: requestedIds.length - missing.length, missing };
}
