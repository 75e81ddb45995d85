import { queryOptions } from "@tanstack/react-query";
import { PROXY_PATHS } from "#contract/proxy-constants";
import type { SyncRun, SyncState } from "#contract/portfolio-api";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/** The running or the last sync (`{run: null}` before any); polled by the page while one runs. */
export const syncQuery = () =>
  queryOptions({
    queryKey: portfolioKeys.sync(),
    queryFn: ({ signal }) =>
      apiRequest(PROXY_PATHS.portfolioSync, {
        schema: async () => (await import("#contract/portfolio-api")).syncStateSchema,
        signal,
      }),
    // A sync the schedule started shows when the view opens again, not on every render.
    staleTime: 0,
  });

/** The run in a sync state, or undefined before any sync. */
export function runOf(state: SyncState | undefined): SyncRun | undefined {
  return state && "run_id" in state ? state : undefined;
}

/** Asks the proxy to start a sync now: 202 with its run, or 409 PROXY.0409 when one is running. */
export function startSync(): Promise<{ run_id: string }> {
  return apiRequest(PROXY_PATHS.portfolioSync, {
    method: "POST",
    // An empty JSON object rather than no body: the proxy reads every POST as JSON.
    body: {},
    schema: async () => (await import("#contract/portfolio-api")).syncStartedSchema,
  });
}
