import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { CustomerInfo, CustomerQueryRequest, CustomerQueryResponse } from "#contract/huawei-api";
import { BSS_PATHS, LIMITS } from "#contract/huawei-constants";
import { API_PREFIX } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { nextListOffset } from "../name-map.ts";

/** One call to Huawei's customer list through the proxy (which removes contact fields). */
export async function fetchCustomers(
  request: CustomerQueryRequest,
  signal?: AbortSignal,
): Promise<CustomerQueryResponse> {
  return apiRequest(`${API_PREFIX}${BSS_PATHS.subCustomers}`, {
    method: "POST",
    body: request,
    schema: async () => (await import("#contract/huawei-api")).customerQueryResponseSchema,
    signal,
  });
}

const scoped = (resellerId: string | undefined) =>
  resellerId === undefined ? {} : { indirect_partner_id: resellerId };
// Names hardly change during a session; an hour avoids re-reading thousands of them.
const HOUR = 60 * 60 * 1000;

export const customerQueries = {
  scope: (resellerId: string | undefined) => ["customers", resellerId ?? "own"] as const,
  /** The whole list, 100 per call (Huawei's maximum), read one page after another. */
  list: (resellerId: string | undefined) =>
    infiniteQueryOptions({
      queryKey: [...customerQueries.scope(resellerId), "list"] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchCustomers(
          { ...scoped(resellerId), offset: pageParam, limit: LIMITS.listPageSize },
          signal,
        ),
      initialPageParam: 0,
      getNextPageParam: (last, _pages, lastOffset) =>
        nextListOffset(last.customer_infos.length, lastOffset, last.count, LIMITS.listPageSize),
      staleTime: HOUR,
      gcTime: HOUR,
    }),
  /** One customer by ID: cheaper than the list when only a few rows are on screen. */
  byId: (resellerId: string | undefined, customerId: string) =>
    queryOptions({
      queryKey: [...customerQueries.scope(resellerId), "id", customerId] as const,
      queryFn: async ({ signal }): Promise<CustomerInfo | null> => {
        const answer = await fetchCustomers(
          { ...scoped(resellerId), customer_id: customerId, limit: 1 },
          signal,
        );
        return answer.customer_infos.find((info) => info.customer_id === customerId) ?? null;
      },
      staleTime: HOUR,
      gcTime: HOUR,
    }),
};
