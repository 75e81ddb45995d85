import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";
import type { healthSchema } from "../../../lib/api-schemas.ts";

export type Health = z.infer<typeof healthSchema>;

export const healthQueries = {
  all: () => ["health"] as const,
  /** The mode cannot change while the page is open, so it is fetched once. */
  status: () =>
    queryOptions({
      queryKey: [...healthQueries.all(), "status"] as const,
      queryFn: ({ signal }) => apiRequest("/api/health", { schema: "healthSchema", signal }),
      staleTime: Infinity,
    }),
};
