// Server-side paging over an API that never says how many rows exist: the only sign of the end
// is a page shorter than asked for (or, when the rows divide evenly, an empty page after a full one).

/** Page sizes the user may choose; 200 is the tag API's maximum. */
export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

/** Reads a page size from the URL; anything not offered falls back to the default. */
export function parsePageSize(value: string | undefined): PageSize {
  const size = Number(value);
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE;
}

/** Reads a 1-based page number from the URL; anything else is page 1. */
export function parsePageNumber(value: string | undefined): number {
  if (!value || !/^\d{1,7}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

export type PageView = {
  /** 1-based number of the first and last row shown, 0 when the page is empty. */
  firstRow: number;
  lastRow: number;
  /** This page ends the list: shorter than the page size (including empty). */
  isLast: boolean;
  /** An empty page after the first: the previous page happened to end the list exactly. */
  isPastEnd: boolean;
  canPrevious: boolean;
  canNext: boolean;
};

/** What the pager can say about a page, given only its number, size and row count. */
export function describePage(pageNumber: number, pageSize: number, rowCount: number): PageView {
  const offset = (pageNumber - 1) * pageSize;
  const isLast = rowCount < pageSize;
  return {
    firstRow: rowCount === 0 ? 0 : offset + 1,
    lastRow: offset + rowCount,
    isLast,
    isPastEnd: rowCount === 0 && pageNumber > 1,
    canPrevious: pageNumber > 1,
    canNext: !isLast,
  };
}

/** The offset of the next Load-all call, or undefined once a short page has ended the list. */
export function nextLoadAllOffset(
  lastPageRows: number,
  lastOffset: number,
  pageSize: number,
): number | undefined {
  return lastPageRows < pageSize ? undefined : lastOffset + pageSize;
}
