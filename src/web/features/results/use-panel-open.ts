import { useCallback, useState } from "react";
import type { ResultFilters } from "#domain/tag-filters";

const KEY = "results.filtersOpen";

/** How many filters of the folded part of the panel are set (the search and the status chips show anyway). */
export function foldedFilterCount(filters: ResultFilters): number {
  return [
    filters.tags.length > 0,
    filters.tagTypes.length > 0,
    filters.resellers.length > 0,
    Boolean(filters.effective.from || filters.effective.to),
    Boolean(filters.expire.from || filters.expire.to),
  ].filter(Boolean).length;
}

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/**
 * Whether the filter panel shows all its filters or only the search: folded by default, so the
 * table starts high on the screen; open when the view's URL sets a folded filter (the user must
 * see it), and as the user last left it otherwise (kept in this browser).
 */
export function usePanelOpen(filters: ResultFilters): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => foldedFilterCount(filters) > 0 || remembered());
  const change = useCallback((next: boolean) => {
    setOpen(next);
    try {
      globalThis.localStorage?.setItem(KEY, next ? "1" : "0");
    } catch {
      // Storage refused (private mode, quota): the choice lasts for this page only.
    }
  }, []);
  return [open, change];
}
