import { z } from "zod";

// Schemas of the proxy's own routes (its forwarded Huawei routes answer with huawei-api.ts's
// schemas). Every new route of the proxy gets its request and answer schemas here, so the server
// that sends and the browser that parses share one definition.

export { API_PREFIX, CSRF_HEADER, PROXY_ERRORS, PROXY_PATHS, WAIT_CODES } from "./proxy-constants.ts";

/** Answer of `GET /api/health`: demo when the proxy serves the fake BSS's generated data. */
export const healthSchema = z.object({
  status: z.literal("ok"),
  mode: z.enum(["demo", "live"]),
  /** The portfolio's store: off (STORE=off), ok, or unavailable (lookups still work). */
  store: z.enum(["ok", "off", "unavailable"]),
});
export type Health = z.infer<typeof healthSchema>;
