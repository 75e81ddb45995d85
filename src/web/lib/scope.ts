import { scopeResets } from "./url-params.ts";
import { setUrlParams, useUrlParam } from "./url-state.ts";

// The scope (which customers the page is about) has one owner: this setter. Parameters that only
// mean something within one scope (a page number of a server-side pager, a page of the results
// table) are marked in the URL schema and cleared in the same URL update as the scope, so no
// render ever sees the new scope with the old page: that render would send Huawei a call nobody
// wants.

/** Chooses the scope, clearing every scope-dependent parameter in the same update. */
export function setScope(resellerId: string | undefined): void {
  setUrlParams({ ...scopeResets(), reseller: resellerId });
}

/** The scope in effect: the chosen reseller's ID, or undefined for the partner's own customers. */
export function useScopeId(): string | undefined {
  return useUrlParam("reseller")[0];
}
