import { useCallback, useMemo, useSyncExternalStore } from "react";
import { type UrlKey, type UrlValues, parseParam, rawParam, writeParams } from "./url-params.ts";

// The view lives in the URL (filters, sort, page, reseller) so a link reproduces it; customer ID
// lists never go there. Updates replace the history entry: a filter click is not a navigation.
//
// A change is rendered at once from `pending`, and written to the address bar after the frame that
// shows it: history.replaceState costs milliseconds (more on a busy machine) that a sort or a
// cleared filter should not wait for. Reading the URL before the write still sees the change.
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** The search string rendered but not yet in the address bar, and the address bar's when it was made. */
let pending: { search: string; over: string } | undefined;
let flushScheduled = false;

/** Writes the pending search string to the address bar (a replaced history entry). */
export function flushUrl(): void {
  flushScheduled = false;
  const search = current();
  if (pending === undefined) return;
  pending = undefined;
  if (search !== window.location.search) {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
  }
}

/** Forgets a change not yet written to the address bar (a test's page going away with it). */
export function discardPendingUrl(): void {
  pending = undefined;
}

type PostTask = (callback: () => void, options: { priority: "background" }) => Promise<void>;

// After rendering: a background task where the browser has a scheduler, a timer elsewhere.
function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (postTask) void postTask.call((globalThis as { scheduler?: unknown }).scheduler, flushUrl, { priority: "background" });
  else setTimeout(flushUrl, 0);
}

if (typeof window !== "undefined") {
  window.addEventListener("popstate", notify);
  // A page closed or hidden right after a click still leaves its view in the address bar.
  window.addEventListener("pagehide", flushUrl);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A pending change made over an address bar that has changed since (Back, Forward, a link that
// replaced it) is void: the address bar wins.
function current(): string {
  const search = window.location.search;
  if (pending && pending.over !== search) pending = undefined;
  return pending?.search ?? search;
}
const snapshot = current;

/** Reads the current URL search parameters (a fresh copy), including a change not yet written. */
export function readSearchParams(): URLSearchParams {
  return new URLSearchParams(snapshot());
}

/** Changes several search parameters, by name, at once; `undefined` or "" removes one. */
function updateSearchParams(changes: Record<string, string | undefined>): void {
  const params = readSearchParams();
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  const search = query ? `?${query}` : "";
  if (search === snapshot()) return;
  pending = { search, over: window.location.search };
  notify();
  scheduleFlush();
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
