import { queryOptions } from "@tanstack/react-query";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";

export const healthQueries = {
  all: () => ["health"] as const,
  /**
   * The mode cannot change while the page is open, so it is fetched once. The store's state can,
   * but the portfolio's own answers say so as it happens (PROXY.0532).
   */
  status: () =>
    queryOptions({
      queryKey: [...healthQueries.all(), "status"] as const,
      queryFn: ({ signal }) =>
        apiRequest(PROXY_PATHS.health, {
          schema: async () => (await import("#contract/proxy-api")).healthSchema,
          signal,
        }),
      staleTime: Infinity,
    }),
};
