import { PROXY_PATHS } from "#contract/proxy-constants";
import type { Lapse } from "#domain/insights";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/**
 * The customers the store saw turn N in the past 12 months, for the insights' past months. Under
 * the changes' key: a finished sync refreshes it with them.
 */
export const lapsesSource = {
  queryKey: [...portfolioKeys.changes(), "lapses"] as const,
  load: async (signal: AbortSignal): Promise<Lapse[]> => {
    const answer = await apiRequest(PROXY_PATHS.portfolioLapses, {
      schema: async () => (await import("#contract/portfolio-api")).lapsesSchema,
      signal,
    });
    return answer.lapses.map(({ customer_id, month }) => ({ customerId: customer_id, month }));
  },
};
