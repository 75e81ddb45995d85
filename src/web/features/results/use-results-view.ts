import { useCallback, useMemo } from "react";
import { parseView, serializeView, type ResultsView, type ViewParam } from "#domain/results-view";
import { resetWithScope } from "../../lib/scope.ts";
import { updateSearchParams, useSearchString } from "../../lib/url-state.ts";

// Another scope's rows start on their first page.
resetWithScope("page");

export type UpdateView = (changes: Partial<ResultsView>) => void;

const FILTER_PARAMS: ViewParam[] = ["st", "tag", "type", "eff", "exp", "q"];

// The part of the query string made of the given parameters: a string, so memos keyed on it only
// recompute when those parameters change.
function pickParams(search: string, keys: readonly ViewParam[]): string {
  const all = new URLSearchParams(search);
  const picked = new URLSearchParams();
  for (const key of keys) {
    const value = all.get(key);
    if (value !== null) picked.set(key, value);
  }
  return picked.toString();
}

/**
 * The workspace's view, read from and written to the URL. The filters, sort and hidden columns
 * keep their identity while their own parameters are unchanged, so turning a page does not
 * re-filter and re-sort 100,000 rows.
 */
export function useResultsView(): [ResultsView, UpdateView] {
  const search = useSearchString();
  const filterSearch = pickParams(search, FILTER_PARAMS);
  const sortSearch = pickParams(search, ["sort"]);
  const hiddenSearch = pickParams(search, ["hide"]);
  const filters = useMemo(
    () => parseView(new URLSearchParams(filterSearch)).filters,
    [filterSearch],
  );
  const sort = useMemo(() => parseView(new URLSearchParams(sortSearch)).sort, [sortSearch]);
  const hidden = useMemo(() => parseView(new URLSearchParams(hiddenSearch)).hidden, [hiddenSearch]);
  const { page, pageSize, soonMonths } = parseView(
    new URLSearchParams(pickParams(search, ["page", "size", "soon"])),
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
    updateSearchParams(
      serializeView(reorders && changes.page === undefined ? { ...changes, page: 1 } : changes),
    );
  }, []);
  return [view, update];
}
