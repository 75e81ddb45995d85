import { useCallback, useMemo } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultFilters } from "#domain/tag-filters";
import { readParams } from "../../lib/url-params.ts";
import { readSearchParams, setUrlParams, useUrlParam } from "../../lib/url-state.ts";
import { viewParams } from "./view-params.ts";

export type UpdateView = (changes: Partial<ResultsView>) => void;
/** The filters the URL holds now (what a control that renders late must build on). */
export function currentFilters(): ResultFilters {
  const { statuses, tags, tagTypes, resellers, effective, expire, query } = readParams(readSearchParams());
  return { statuses, tags, tagTypes, resellers, effective, expire, query };
}

/**
 * The workspace's view, read from and written to the URL. Each parameter's value keeps its
 * identity while its text is unchanged, so the filters, sort and hidden columns do too, and
 * turning a page does not re-filter and re-sort 100,000 rows.
 */
export function useResultsView(): [ResultsView, UpdateView] {
  const [statuses] = useUrlParam("statuses");
  const [tags] = useUrlParam("tags");
  const [tagTypes] = useUrlParam("tagTypes");
  const [resellers] = useUrlParam("resellers");
  const [effective] = useUrlParam("effective");
  const [expire] = useUrlParam("expire");
  const [query] = useUrlParam("query");
  const [sort] = useUrlParam("sort");
  const [hidden] = useUrlParam("hidden");
  const [page] = useUrlParam("page");
  const [pageSize] = useUrlParam("pageSize");
  const [soonMonths] = useUrlParam("soonMonths");
  const filters = useMemo(
    () => ({ statuses, tags, tagTypes, resellers, effective, expire, query }),
    [statuses, tags, tagTypes, resellers, effective, expire, query],
  );
  const view = useMemo<ResultsView>(
    () => ({ filters, sort, hidden, page, pageSize, soonMonths }),
    [filters, sort, hidden, page, pageSize, soonMonths],
  );

  const update = useCallback<UpdateView>((changes) => {
    // Whatever changes which rows are listed, or their order, starts again from the first page.
    const reorders =
      changes.filters !== undefined ||
      "sort" in changes ||
      changes.pageSize !== undefined ||
      changes.soonMonths !== undefined;
    setUrlParams(viewParams(reorders && changes.page === undefined ? { ...changes, page: 1 } : changes));
  }, []);
  return [view, update];
}
