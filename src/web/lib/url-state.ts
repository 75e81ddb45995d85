import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type UrlKey, type UrlValues, parseParam, rawParam, writeParams } from "./url-params.ts";

// The view lives in the URL (filters, sort, page, reseller) so a link reproduces it; customer ID
// lists never go there. Updates replace the history entry: a filter click is not a navigation.
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== "undefined") window.addEventListener("popstate", notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => window.location.search;

/** Reads the current URL search parameters (a fresh copy). */
export function readSearchParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/** Changes several search parameters, by name, at once; `undefined` or "" removes one. */
function updateSearchParams(changes: Record<string, string | undefined>): void {
  const params = readSearchParams();
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, "", url);
    notify();
  }
}

/** The URL's search string, re-rendering the caller when it changes. */
export function useSearchString(): string {
  return useSyncExternalStore(subscribe, snapshot, () => "");
}

/** Changes several parameters in one URL update (one render sees them all). */
export function setUrlParams(changes: Partial<UrlValues>): void {
  updateSearchParams(writeParams(changes));
}

/**
 * One parameter as React state: `[value, setValue]`. The value keeps its identity while the
 * parameter's text is unchanged, so memos on it survive changes of other parameters.
 */
export function useUrlParam<K extends UrlKey>(
  key: K,
): [UrlValues[K], (value: UrlValues[K]) => void] {
  const raw = rawParam(new URLSearchParams(useSearchString()), key);
  const value = useMemo(() => parseParam(key, raw), [raw, key]);
  const set = useCallback(
    (next: UrlValues[K]) => setUrlParams({ [key]: next } as Partial<UrlValues>),
    [key],
  );
  return [value, set];
}
