import { queryOptions } from "@tanstack/react-query";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/**
 * The change events since a day ("2026-12-01", from its midnight in China Standard Time, the
 * partner's day, as the proxy reads it) or an ISO time; without one, since the start of the last
 * finished sync: what that sync found. Fresh until the next sync finishes, like the rows.
 */
export const changesQuery = (since: string | undefined) =>
  queryOptions({
    queryKey: [...portfolioKeys.changes(), since ?? "last-sync"] as const,
    queryFn: ({ signal }) =>
      apiRequest(
        since === undefined
          ? PROXY_PATHS.portfolioChanges
          : `${PROXY_PATHS.portfolioChanges}?${new URLSearchParams({ since }).toString()}`,
        {
          schema: async () => (await import("#contract/portfolio-api")).changesSchema,
          signal,
        },
      ),
    staleTime: Infinity,
  });
