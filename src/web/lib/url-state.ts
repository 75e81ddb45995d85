import { useCallback, useSyncExternalStore } from "react";

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

/** Changes several search parameters at once; `undefined` or "" removes one. */
export function updateSearchParams(changes: Record<string, string | undefined>): void {
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

/** One search parameter as React state: `[value, setValue]`. */
export function useSearchParam(key: string): [string | undefined, (value: string | undefined) => void] {
  const search = useSearchString();
  const value = new URLSearchParams(search).get(key) ?? undefined;
  const set = useCallback((next: string | undefined) => updateSearchParams({ [key]: next }), [key]);
  return [value, set];
}
