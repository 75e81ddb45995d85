import { useCallback, useEffect, useRef, useState } from "react";
import { setScope, useScopeId } from "../../lib/scope.ts";
import {
  clearLastLookup,
  loadLastLookup,
  restorableRun,
  saveLastLookup,
  type SavedLookup,
} from "./session-store.ts";
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

  // The last lookup survives a reload: saved in this browser whenever a run ends, offered back
  // when the page opens without one, removed by Clear.
  const ended = job.status === "done" || job.status === "cancelled";
  const { text, lists } = input;
  useEffect(() => {
    if (ended && run && run.restoredFrom === undefined) {
      void saveLastLookup({ savedAt: Date.now(), text, lists, run });
    }
    // Saved once per ended run, with the input of that moment: typing afterwards saves nothing.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [ended, run]);
  const [saved, setSaved] = useState<SavedLookup | undefined>();
  // Reading the browser's store can take a while on a busy machine. A saved lookup that arrives
  // after the user began a new one is not offered: the offer would push the Query button down
  // under a pointer already on its way to it. It stays saved for the next visit.
  const begun = useRef(false);
  const hasInput = text.trim() !== "" || lists.length > 0;
  useEffect(() => {
    if (hasInput || run) begun.current = true;
  }, [hasInput, run]);
  useEffect(() => {
    let live = true;
    void loadLastLookup().then((found) => live && !begun.current && setSaved(found));
    return () => {
      live = false;
    };
  }, []);
  const { restore: restoreRun, reset: resetRun } = runState;
  const { restore: restoreInput } = input;
  const restoreSaved = useCallback(() => {
    if (!saved) return;
    restoreInput(saved.text, saved.lists);
    restoreRun({ ...restorableRun(saved.run), restoredFrom: saved.savedAt });
    if (saved.run.resellerId !== resellerId) setScope(saved.run.resellerId);
    setSaved(undefined);
  }, [saved, restoreInput, restoreRun, resellerId]);
  const discardSaved = useCallback(() => {
    setSaved(undefined);
    void clearLastLookup();
  }, []);
  const reset = useCallback(() => {
    resetRun();
    discardSaved();
  }, [resetRun, discardSaved]);

  const foundRows = scopeChanged ? EMPTY : (runState.buckets?.found ?? EMPTY);
  return {
    ...runState,
    reset,
    input,
    resellerId,
    query,
    scopeChanged,
    foundRows,
    /** The last lookup saved in this browser, offered while no run is on screen. */
    saved: run ? undefined : saved,
    restoreSaved,
    discardSaved,
  };
}

const EMPTY: never[] = [];

export type LookupState = ReturnType<typeof useLookup>;
