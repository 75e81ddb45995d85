import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { setUrlParams, useUrlParam } from "../../lib/url-state.ts";
import { browseQueries } from "./api/browse-query.ts";
import { type PageSize, describePage } from "#domain/server-paging";

/** Server-side paging through the scope's customers, page number and size kept in the URL. */
export function useBrowsePager(resellerId: string | undefined, enabled: boolean) {
  // Another reseller's customers start again at page 1: the scope's setter clears the page.
  const [pageNumber] = useUrlParam("browsePage");
  const [pageSize] = useUrlParam("browseSize");

  const query = useQuery({
    ...browseQueries.page({ resellerId, pageSize, offset: (pageNumber - 1) * pageSize }),
    enabled,
    // The old page stays on screen, dimmed, while the next one loads.
    placeholderData: keepPreviousData,
  });
  const current = query.isPlaceholderData ? undefined : query.data;

  return {
    pageNumber,
    pageSize,
    query,
    /** The rows on screen: while the next page loads, still the previous page's. */
    rows: query.data,
    /** True while the rows shown are the previous page's. */
    switching: query.isPlaceholderData,
    /** What is known about the requested page, once it has arrived. */
    view: current ? describePage(pageNumber, pageSize, current.length) : undefined,
    goTo: (page: number) => setUrlParams({ browsePage: page }),
    setPageSize: (size: PageSize) =>
      // Keep the first row of the current page in view at the new size.
      setUrlParams({
        browseSize: size,
        browsePage: Math.floor(((pageNumber - 1) * pageSize) / size) + 1,
      }),
  };
}

export type BrowsePager = ReturnType<typeof useBrowsePager>;
