import { useCallback } from "react";
import { useScopeId } from "../../lib/scope.ts";
import { useIdInput } from "./use-id-input.ts";
import { useLookupRun } from "./use-lookup-run.ts";

/**
 * The lookup's state and actions for the page: the input, the run, its buckets, and `foundRows`
 * (the tag rows Huawei returned, in input order) for the results workspace.
 */
export function useLookup() {
  // Another feature's picker writes the reseller into the URL; absent means the partner's own.
  const resellerId = useScopeId();
  const input = useIdInput();
  const runState = useLookupRun(resellerId);
  const { query: runQuery } = runState;
  const { parseNow } = input;
  const query = useCallback(() => {
    const parsed = parseNow();
    if (parsed.ids.length + parsed.invalid.length > 0) runQuery(parsed);
  }, [parseNow, runQuery]);
  return { ...runState, input, resellerId, query, foundRows: runState.buckets?.found ?? EMPTY };
}

const EMPTY: never[] = [];

export type LookupState = ReturnType<typeof useLookup>;
