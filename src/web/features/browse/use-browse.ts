import type { NewCustomerTag } from "#contract/huawei-api";
import { useState } from "react";
import { useBrowsePager } from "./use-browse-pager.ts";
import { useLoadAll } from "./use-load-all.ts";

export type PartialRows = { loadedRows: number; serverPage: boolean };

/**
 * Browse mode: page by page through the server, or every row after Load all. What the page
 * hands to the results workspace: `rows` (undefined while there is nothing to show) and
 * `partial` whenever those rows are not the whole set.
 */
export function useBrowse({
  resellerId,
  enabled,
}: {
  resellerId?: string | undefined;
  enabled: boolean;
}) {
  const pager = useBrowsePager(resellerId, enabled);
  const loadAll = useLoadAll(resellerId, enabled);
  // After Load all the whole set is shown, until the user goes back to paging.
  const [pagesWanted, setPagesWanted] = useState(false);
  const showingAll = loadAll.rows !== undefined && !pagesWanted;

  const start = () => {
    setPagesWanted(false);
    loadAll.start();
  };

  let rows: readonly NewCustomerTag[] | undefined;
  let whole = false;
  if (showingAll) {
    rows = loadAll.rows;
    whole = loadAll.complete;
  } else {
    rows = pager.rows;
    // A first page shorter than the page size already holds every customer.
    whole = pager.pageNumber === 1 && pager.view?.isLast === true;
  }
  if (rows?.length === 0) rows = undefined;
  const partial: PartialRows | undefined =
    rows && !whole
      ? { loadedRows: rows.length, serverPage: !showingAll }
      : undefined;

  return {
    pager,
    loadAll: { ...loadAll, start },
    showingAll,
    /** Load all failed and the user has not gone back to pages: its error is what to show. */
    loadAllFailed: loadAll.error !== undefined && !pagesWanted,
    showPages: () => setPagesWanted(true),
    rows,
    partial,
  };
}

export type Browse = ReturnType<typeof useBrowse>;
