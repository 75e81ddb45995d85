import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client.ts";

// The proxy's own endpoint, not a Huawei API, so its schema is not in #shared/huawei-api.
const healthSchema = z.object({
  status: z.literal("ok"),
  mode: z.enum(["demo", "live"]),
});
export type Health = z.infer<typeof healthSchema>;

export const healthQueries = {
  all: () => ["health"] as const,
  /** The mode cannot change while the page is open, so it is fetched once. */
  status: () =>
    queryOptions({
      queryKey: [...healthQueries.all(), "status"] as const,
      queryFn: ({ signal }) => apiRequest("/api/health", { schema: healthSchema, signal }),
      staleTime: Infinity,
    }),
};
