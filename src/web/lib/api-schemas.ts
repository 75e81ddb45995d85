import { z } from "zod";

// Every schema the browser parses the proxy's answers with. This module (and zod with it) is
// loaded on the first API call, not with the first screen.
export {
  customerQueryResponseSchema,
  errorBodySchema,
  resellerQueryResponseSchema,
  tagQueryResponseSchema,
} from "#contract/huawei-api";

/** The proxy's own health answer (not a Huawei API). */
export const healthSchema = z.object({
  status: z.literal("ok"),
  mode: z.enum(["demo", "live"]),
});
