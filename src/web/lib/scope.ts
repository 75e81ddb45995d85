import { updateSearchParams, useSearchParam } from "./url-state.ts";

/** The URL parameter holding the chosen cloud reseller; absent means the partner's own customers. */
export const SCOPE_PARAM = "reseller";

// Parameters that only mean something within one scope (a page number of a server-side pager, a
// page of the results table). They are cleared in the same URL update as the scope, so no render
// ever sees the new scope with the old page: that render would send Huawei a call nobody wants.
const scopeDependent = new Set<string>();

/** Declares a URL parameter that must start afresh whenever the scope changes. */
export function resetWithScope(param: string): string {
  scopeDependent.add(param);
  return param;
}

/** Chooses the scope, clearing every scope-dependent parameter in the same update. */
export function setScope(resellerId: string | undefined): void {
  const changes: Record<string, string | undefined> = { [SCOPE_PARAM]: resellerId };
  for (const param of scopeDependent) changes[param] = undefined;
  updateSearchParams(changes);
}

/** The scope in effect: the chosen reseller's ID, or undefined for the partner's own customers. */
export function useScopeId(): string | undefined {
  return useSearchParam(SCOPE_PARAM)[0];
}
