import { queryOptions } from "@tanstack/react-query";
import type { Reseller } from "#contract/huawei-api";
import { BSS_PATHS, LIMITS } from "#contract/huawei-constants";
import { API_PREFIX } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";

/** Reads every page of the reseller list (100 per call, Huawei's maximum) into one array. */
export async function fetchAllResellers(signal?: AbortSignal): Promise<Reseller[]> {
  const resellers: Reseller[] = [];
  for (let offset = 0; ; offset += LIMITS.listPageSize) {
    const page = await apiRequest(`${API_PREFIX}${BSS_PATHS.indirectPartners}`, {
      method: "POST",
      body: { offset, limit: LIMITS.listPageSize },
      schema: async () => (await import("#contract/huawei-api")).resellerQueryResponseSchema,
      signal,
    });
    resellers.push(...page.indirect_partners);
    // `count` says when to stop; a short page also ends it, should `count` ever be off.
    const short = page.indirect_partners.length < LIMITS.listPageSize;
    if (short || resellers.length >= page.count) return resellers;
  }
}

export const resellerQueries = {
  all: () => ["resellers"] as const,
  /** A distributor's resellers change rarely: the list is read once an hour at most. */
  list: () =>
    queryOptions({
      queryKey: resellerQueries.all(),
      queryFn: ({ signal }) => fetchAllResellers(signal),
      staleTime: 60 * 60 * 1000,
      // A non-distributor's refusal stays a refusal; the picker offers its own Retry.
      retryOnMount: false,
    }),
};
