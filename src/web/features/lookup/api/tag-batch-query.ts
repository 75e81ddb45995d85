import { queryOptions } from "@tanstack/react-query";
import { batchKey } from "#domain/batching";
import type { NewCustomerTag, TagQueryRequest } from "#contract/huawei-api";
import { BSS_PATHS } from "#contract/huawei-constants";
import { API_PREFIX } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";

/** Asks the proxy for one page of tags; throws `ApiError` on any failure. */
export async function fetchTags(
  request: TagQueryRequest,
  signal?: AbortSignal,
): Promise<NewCustomerTag[]> {
  const response = await apiRequest(`${API_PREFIX}${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    body: request,
    schema: async () => (await import("#contract/huawei-api")).tagQueryResponseSchema,
    signal,
  });
  return response.new_customer_tags;
}

type BatchParams = {
  /** At most LIMITS.idsPerTagQuery valid, distinct IDs. */
  ids: readonly string[];
  /** A cloud reseller's ID to query its customers; undefined for the partner's own. */
  resellerId?: string | undefined;
  /** Cancels the call when the user cancels the run (not part of the key). */
  signal?: AbortSignal | undefined;
};

export const lookupQueries = {
  all: () => ["tags"] as const,
  scope: (resellerId?: string) => [...lookupQueries.all(), resellerId ?? "own"] as const,
  /** The run's batches, to force a new call on Refresh. */
  batchKey: (ids: readonly string[], resellerId?: string) =>
    [...lookupQueries.scope(resellerId), "batch", batchKey(ids)] as const,
  /**
   * One batch of a lookup. Tags change monthly, so an answer stays fresh for the session and a
   * repeated run reads it from here instead of calling Huawei; Refresh removes it.
   */
  batch: ({ ids, resellerId, signal }: BatchParams) =>
    queryOptions({
      queryKey: lookupQueries.batchKey(ids, resellerId),
      queryFn: ({ signal: querySignal }) =>
        fetchTags(
          {
            customer_ids: [...ids],
            // Huawei's default page is 10 rows: ask for as many as we send IDs.
            limit: ids.length,
            ...(resellerId === undefined ? {} : { indirect_partner_id: resellerId }),
          },
          signal ? AbortSignal.any([signal, querySignal]) : querySignal,
        ),
      staleTime: Infinity,
      gcTime: Infinity,
      // The proxy already retries throttling and server errors with backoff; a second layer
      // here would multiply the calls. A failed batch is offered to "Retry failed" instead.
      retry: false,
    }),
  /** The first `count` customers with no ID filter: sample IDs for the demo mode. */
  sample: (count: number) =>
    queryOptions({
      queryKey: [...lookupQueries.scope(), "sample", count] as const,
      queryFn: async ({ signal }) =>
        (await fetchTags({ limit: count }, signal)).map((row) => row.customer_id),
      staleTime: Infinity,
    }),
};
