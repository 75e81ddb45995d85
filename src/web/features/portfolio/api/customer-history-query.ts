import { queryOptions } from "@tanstack/react-query";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/** One customer's state in each scope it is known in, and its tag's history (newest first). */
export const customerHistoryQuery = (customerId: string) =>
  queryOptions({
    queryKey: [...portfolioKeys.customers(), customerId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`${PROXY_PATHS.portfolioCustomers}/${encodeURIComponent(customerId)}`, {
        schema: async () => (await import("#contract/portfolio-api")).customerHistorySchema,
        signal,
      }),
    staleTime: Infinity,
  });
