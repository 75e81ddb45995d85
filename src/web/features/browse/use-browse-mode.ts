import { useUrlParam } from "../../lib/url-state.ts";
import type { UrlValues } from "../../lib/url-params.ts";

export type BrowseMode = UrlValues["mode"];

/** Whether the page looks up pasted IDs, browses every customer or shows the portfolio (kept in the URL). */
export function useBrowseMode(): [BrowseMode, (mode: BrowseMode) => void] {
  return useUrlParam("mode");
}
