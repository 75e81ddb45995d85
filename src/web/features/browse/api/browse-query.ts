import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { NewCustomerTag } from "#contract/huawei-api";
import { BSS_PATHS, LIMITS } from "#contract/huawei-constants";
import { API_PREFIX } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { nextLoadAllOffset } from "#domain/server-paging";

type PageRequest = {
  /** A cloud reseller's ID to list its customers; omitted for the partner's own. */
  resellerId?: string | undefined;
  offset: number;
  limit: number;
};

/** One page of all SMB sub-customers in scope: the tag API with no ID filter. */
export async function fetchTagPage(
  { resellerId, offset, limit }: PageRequest,
  signal?: AbortSignal,
): Promise<NewCustomerTag[]> {
  const response = await apiRequest(`${API_PREFIX}${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    body: {
      offset,
      limit,
      ...(resellerId === undefined ? {} : { indirect_partner_id: resellerId }),
    },
    schema: async () => (await import("#contract/huawei-api")).tagQueryResponseSchema,
    signal,
  });
  return response.new_customer_tags;
}

// Keys start like the lookup's (['tags', scope, ...]) so invalidating a scope's tags covers both.
const scopeKey = (resellerId: string | undefined) =>
  ["tags", resellerId ?? "own", "browse"] as const;

export const browseQueries = {
  scope: scopeKey,
  /** One server-side page; tags change monthly, so a page stays fresh for the session. */
  page: ({
    resellerId,
    pageSize,
    offset,
  }: {
    resellerId?: string | undefined;
    pageSize: number;
    offset: number;
  }) =>
    queryOptions({
      queryKey: [...scopeKey(resellerId), pageSize, offset] as const,
      queryFn: ({ signal }) => fetchTagPage({ resellerId, offset, limit: pageSize }, signal),
      staleTime: Infinity,
    }),
  /**
   * Every customer, 200 per call. An infinite query fetches its pages one after another, which
   * keeps Load all inside Huawei's flow control and lets Cancel keep the pages that arrived.
   */
  all: (resellerId: string | undefined) =>
    infiniteQueryOptions({
      queryKey: [...scopeKey(resellerId), "all"] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchTagPage({ resellerId, offset: pageParam, limit: LIMITS.tagPageSize }, signal),
      initialPageParam: 0,
      getNextPageParam: (lastPage, _pages, lastOffset) =>
        nextLoadAllOffset(lastPage.length, lastOffset, LIMITS.tagPageSize),
      staleTime: Infinity,
      // Thousands of rows that took seconds to fetch: keep them while the user looks elsewhere.
      gcTime: 60 * 60 * 1000,
    }),
};
