import { queryOptions } from "@tanstack/react-query";
import {
  BSS_PATHS,
  tagQueryResponseSchema,
  type NewCustomerTag,
  type TagQueryRequest,
} from "#shared/huawei-api";
import { apiRequest } from "../../../lib/api-client.ts";

/** Asks the proxy for one page of tags; throws `ApiError` on any failure. */
export async function fetchTags(
  request: TagQueryRequest,
  signal?: AbortSignal,
): Promise<NewCustomerTag[]> {
  const response = await apiRequest(`/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    body: request,
    schema: tagQueryResponseSchema,
    signal,
  });
  return response.new_customer_tags;
}

type LookupParams = {
  /** At most LIMITS.idsPerTagQuery IDs, already split and de-duplicated. */
  ids: readonly string[];
  /** A cloud reseller's ID to query its customers; omitted for the partner's own. */
  resellerId?: string | undefined;
};

export const tagQueries = {
  all: () => ["tags"] as const,
  scope: (resellerId?: string) => [...tagQueries.all(), resellerId ?? "own"] as const,
  /** Tags change monthly, so a result stays fresh for the whole session. */
  lookup: ({ ids, resellerId }: LookupParams) =>
    queryOptions({
      queryKey: [...tagQueries.scope(resellerId), ids] as const,
      queryFn: ({ signal }) =>
        fetchTags(
          {
            customer_ids: [...ids],
            limit: ids.length,
            ...(resellerId === undefined ? {} : { indirect_partner_id: resellerId }),
          },
          signal,
        ),
      staleTime: Infinity,
    }),
  /** The first `count` customers with no ID filter: sample IDs for the demo mode. */
  sample: (count: number) =>
    queryOptions({
      queryKey: [...tagQueries.scope(), "sample", count] as const,
      queryFn: async ({ signal }) =>
        (await fetchTags({ limit: count }, signal)).map((row) => row.customer_id),
      staleTime: Infinity,
    }),
};
