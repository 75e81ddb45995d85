import type { BatchOutcome } from "#domain/lookup-buckets";
import type { LookupRun } from "./use-lookup-run.ts";
import type { IdList } from "./use-id-input.ts";

// The last lookup of this browser (its IDs, scope and answers), kept in IndexedDB so that a reload
// or a closed tab does not lose it. It never leaves the browser, and Clear removes it.
const DB_NAME = "newtag-dashboard";
const STORE = "session";
const KEY = "last-lookup";

/** What is kept: the input as the user left it, and the run with every batch's answer. */
export type SavedLookup = {
  savedAt: number;
  text: string;
  lists: IdList[];
  run: LookupRun;
};

/** A run as it can be shown again: a batch still on its way when saved counts as not sent. */
export function restorableRun(run: LookupRun): LookupRun {
  const outcomes = run.outcomes.map((outcome): BatchOutcome =>
    outcome.status === "pending" ? { ids: outcome.ids, status: "cancelled" } : outcome,
  );
  return { ...run, outcomes, cachedBatches: 0 };
}

function open(): Promise<IDBDatabase | undefined> {
  if (typeof indexedDB === "undefined") return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.addEventListener("upgradeneeded", () => request.result.createObjectStore(STORE));
    request.addEventListener("success", () => resolve(request.result));
    // Storage refused (private mode, policy): the page works, it only forgets on reload.
    request.addEventListener("error", () => resolve(undefined));
    request.addEventListener("blocked", () => resolve(undefined));
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  return new Promise((resolve) => {
    const transaction = db.transaction(STORE, mode);
    const request = use(transaction.objectStore(STORE));
    transaction.addEventListener("complete", () => {
      db.close();
      resolve(request.result);
    });
    const failed = () => {
      db.close();
      resolve(undefined);
    };
    transaction.addEventListener("error", failed);
    transaction.addEventListener("abort", failed);
  });
}

export async function saveLastLookup(saved: SavedLookup): Promise<void> {
  await withStore("readwrite", (store) => store.put(saved, KEY));
}

export async function loadLastLookup(): Promise<SavedLookup | undefined> {
  const saved = await withStore<SavedLookup | undefined>("readonly", (store) => store.get(KEY));
  return saved && Array.isArray(saved.run?.outcomes) ? saved : undefined;
}

export async function clearLastLookup(): Promise<void> {
  await withStore("readwrite", (store) => store.delete(KEY));
}
