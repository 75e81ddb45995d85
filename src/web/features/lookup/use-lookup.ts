import { useCallback, useEffect } from "react";
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
  const { run, job, query: runQuery, cancel } = runState;
  const { parseNow } = input;
  const query = useCallback(() => {
    const parsed = parseNow();
    if (parsed.ids.length + parsed.invalid.length > 0) runQuery(parsed);
  }, [parseNow, runQuery]);

  // Results belong to the scope they were asked in. After another scope is chosen the run's rows
  // are not handed on (they would be labelled with the new scope), and a run still going stops:
  // its answers could not be shown. Switching back shows them again; Continue sends the rest.
  const scopeChanged = run !== undefined && run.resellerId !== resellerId;
  const stopRun = scopeChanged && job.status === "running";
  useEffect(() => {
    if (stopRun) cancel();
  }, [stopRun, cancel]);

  const foundRows = scopeChanged ? EMPTY : (runState.buckets?.found ?? EMPTY);
  return { ...runState, input, resellerId, query, scopeChanged, foundRows };
}

const EMPTY: never[] = [];

export type LookupState = ReturnType<typeof useLookup>;
