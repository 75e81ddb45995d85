import type { ResultsView } from "#domain/results-view";
import type { UrlValues } from "../../lib/url-params.ts";

/** A (partial) view as changes of the URL's parameters. */
export function viewParams(view: Partial<ResultsView>): Partial<UrlValues> {
  const { filters, ...rest } = view;
  return { ...filters, ...rest };
}

/** The view held by the URL's parameters. */
export function viewFromParams(values: UrlValues): ResultsView {
  const { statuses, tags, tagTypes, resellers, effective, expire, query } = values;
  const { sort, page, pageSize, soonMonths, hidden } = values;
  return {
    filters: { statuses, tags, tagTypes, resellers, effective, expire, query },
    sort,
    page,
    pageSize,
    soonMonths,
    hidden,
  };
}
