import { type BssApi, validateRequest } from "#contract/huawei-api";
import { type BssResponse, bssError } from "./bss-errors.ts";
import type { BssState } from "./bss-state.ts";
import { queryCustomers, queryResellers } from "./list-queries.ts";
import { queryTags } from "./tag-query.ts";

export interface BssCall {
  api: BssApi;
  body: unknown;
  /** The caller's access key, when it signed with AK/SK (unused by the rules for now). */
  ak?: string | undefined;
}

/** Answers one call to a BSS API the way Huawei does; pure, so it runs in the browser too. */
export function handleBss(state: BssState, call: BssCall): BssResponse {
  switch (call.api) {
    case "newCustomerTags": {
      const request = validateRequest("newCustomerTags", call.body);
      return request.ok ? queryTags(state, request.value) : { status: 400, body: request.error };
    }
    case "indirectPartners": {
      // Only a tier-1 distributor may list resellers; the gateway answers before validating.
      if (!state.distributor) return bssError(403, "CBC.0151", "access denied");
      const request = validateRequest("indirectPartners", call.body);
      return request.ok
        ? queryResellers(state, request.value)
        : { status: 400, body: request.error };
    }
    case "subCustomers": {
      const request = validateRequest("subCustomers", call.body);
      return request.ok
        ? queryCustomers(state, request.value)
        : { status: 400, body: request.error };
    }
  }
}
