import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { resetWithScope } from "../../lib/scope.ts";
import { updateSearchParams, useSearchParam } from "../../lib/url-state.ts";
import { browseQueries } from "./api/browse-query.ts";
import { type PageSize, describePage, parsePageNumber, parsePageSize } from "./paging.ts";

// Short names: the results workspace already uses `page` and `size` for its own table pages.
// Another reseller's customers start again at page 1 (cleared with the scope, in one update).
const PAGE_PARAM = resetWithScope("bpage");
const SIZE_PARAM = "bsize";

const pageValue = (page: number) => (page <= 1 ? undefined : String(page));

/** Server-side paging through the scope's customers, page number and size kept in the URL. */
export function useBrowsePager(resellerId: string | undefined, enabled: boolean) {
  const [pageParam] = useSearchParam(PAGE_PARAM);
  const [sizeParam] = useSearchParam(SIZE_PARAM);
  const pageNumber = parsePageNumber(pageParam);
  const pageSize = parsePageSize(sizeParam);

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
    goTo: (page: number) => updateSearchParams({ [PAGE_PARAM]: pageValue(page) }),
    setPageSize: (size: PageSize) =>
      // Keep the first row of the current page in view at the new size.
      updateSearchParams({
        [SIZE_PARAM]: String(size),
        [PAGE_PARAM]: pageValue(Math.floor(((pageNumber - 1) * pageSize) / size) + 1),
      }),
  };
}

export type BrowsePager = ReturnType<typeof useBrowsePager>;
