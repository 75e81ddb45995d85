// The results workspace's view as URL search parameters, so a link reproduces it. Short, readable
// names (`st=expired,soon&exp=2026-01..2026-06&sort=-expire&page=2&size=50`); defaults are left
// out; a value that cannot be read is ignored rather than failing the page. Customer IDs never go
// here: the search text is the only free text, and it is what the user typed.
import { isMonth, compareMonths } from "./month.ts";
import {
  DEFAULT_SOON_MONTHS,
  MAX_SOON_MONTHS,
  TAG_VALUES,
  type TagStatus,
  type TagValue,
} from "./tag-status.ts";

/** A month range; either end may be open. Both ends are inclusive. */
export type MonthRange = { from?: string; to?: string };

export type ResultFilters = {
  /** Statuses to keep; empty keeps every status. */
  statuses: readonly TagStatus[];
  /** Tag values to keep; empty keeps every value. */
  tags: readonly TagValue[];
  /** Tag types to keep ("" for a row without a type); empty keeps every type. */
  tagTypes: readonly string[];
  /**
   * Whose customers to keep when the rows span scopes (the portfolio): reseller IDs, "" for the
   * partner's own; empty keeps every scope.
   */
  resellers: readonly string[];
  effective: MonthRange;
  expire: MonthRange;
  /** Free text matched against the ID (and names when known); see `matchesQuery` in tag-filters. */
  query: string;
};

export const NO_FILTERS: ResultFilters = {
  statuses: [],
  tags: [],
  tagTypes: [],
  resellers: [],
  effective: {},
  expire: {},
  query: "",
};

// "reseller" shows only when the rows span scopes (the portfolio): each row then names its reseller.
export const SORT_COLUMNS = ["id", "reseller", "name", "type", "tag", "effective", "expire", "status"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortState = { column: SortColumn; desc: boolean } | undefined;

export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** "all" shows every row in one scrolling (virtualized) list instead of pages. */
export type PageSize = (typeof PAGE_SIZES)[number] | "all";

export const HIDEABLE_COLUMNS = ["reseller", "name", "type", "tag", "effective", "expire", "status"] as const;
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number];

export type ResultsView = {
  filters: ResultFilters;
  sort: SortState;
  /** 1-based; may exceed the page count, the table clamps it. */
  page: number;
  pageSize: PageSize;
  soonMonths: number;
  hidden: readonly HideableColumn[];
};

export const DEFAULT_VIEW: ResultsView = {
  filters: NO_FILTERS,
  sort: undefined,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  soonMonths: DEFAULT_SOON_MONTHS,
  hidden: [],
};

const STATUS_CODES: Record<TagStatus, string> = {
  expired: "expired",
  notNew: "not-new",
  expiresThisMonth: "this-month",
  expiringSoon: "soon",
  active: "active",
  notYetEffective: "pending",
  undetermined: "undetermined",
  noRealName: "no-auth",
  unknown: "unknown",
};
const STATUS_BY_CODE = new Map(
  Object.entries(STATUS_CODES).map(([status, code]) => [code, status as TagStatus]),
);
const NO_TYPE = "-";
// The partner's own customers in the reseller filter (no reseller ID is "-").
const NO_RESELLER = "-";

function list(value: string | undefined): string[] {
  return value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "")
    : [];
}

function pick<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const kept = values.filter((value): value is T => (allowed as readonly string[]).includes(value));
  return [...new Set(kept)];
}

function parseRange(value: string | undefined): MonthRange {
  const [from, to, extra] = (value ?? "").split("..");
  if (extra !== undefined || to === undefined) return {};
  const range: MonthRange = {};
  if (isMonth(from)) range.from = from;
  if (isMonth(to)) range.to = to;
  // A reversed range would show nothing; reading it the way round the user meant is kinder.
  if (range.from && range.to && compareMonths(range.from, range.to) > 0)
    return { from: range.to, to: range.from };
  return range;
}

function formatRange(range: MonthRange): string | undefined {
  return range.from || range.to ? `${range.from ?? ""}..${range.to ?? ""}` : undefined;
}

function parseInteger(value: string | undefined, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

function parseSort(value: string | undefined): SortState {
  if (!value) return undefined;
  const desc = value.startsWith("-");
  const column = desc ? value.slice(1) : value;
  return (SORT_COLUMNS as readonly string[]).includes(column)
    ? { column: column as SortColumn, desc }
    : undefined;
}

function parsePageSize(value: string | undefined): PageSize {
  if (value === "all") return "all";
  const size = parseInteger(value, 1, 1000);
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE;
}

/** The view's parts, each held by one URL parameter. */
export type ViewParts = ResultFilters & Omit<ResultsView, "filters">;

/** One part of the view as the text of a URL parameter. */
export type TextCodec<T> = {
  /** Never fails: what cannot be read is the default. */
  read: (raw: string | undefined) => T;
  /** The default gives `undefined`: the parameter is left out. */
  write: (value: T) => string | undefined;
};

const joined = (values: readonly string[]) => (values.length > 0 ? values.join(",") : undefined);
const range: TextCodec<MonthRange> = { read: parseRange, write: formatRange };

/**
 * How each part of the view is written in the URL. Which parameter holds which part is declared
 * with the rest of the URL's parameters (src/web/lib/url-params.ts).
 */
export const VIEW_CODECS: { [K in keyof ViewParts]-?: TextCodec<ViewParts[K]> } = {
  statuses: {
    read: (raw) =>
      pick(list(raw), Object.values(STATUS_CODES)).map((code) => STATUS_BY_CODE.get(code)!),
    write: (statuses) => joined(statuses.map((status) => STATUS_CODES[status])),
  },
  tags: {
    read: (raw) => pick(list(raw), TAG_VALUES as readonly TagValue[]),
    write: joined,
  },
  tagTypes: {
    read: (raw) => [...new Set(list(raw).map((type) => (type === NO_TYPE ? "" : type)))],
    write: (types) => joined(types.map((type) => (type === "" ? NO_TYPE : type))),
  },
  resellers: {
    read: (raw) => [...new Set(list(raw).map((id) => (id === NO_RESELLER ? "" : id)))],
    write: (ids) => joined(ids.map((id) => (id === "" ? NO_RESELLER : id))),
  },
  effective: range,
  expire: range,
  query: {
    read: (raw) => raw ?? "",
    write: (query) => (query === "" ? undefined : query),
  },
  sort: {
    read: parseSort,
    write: (sort) => (sort ? `${sort.desc ? "-" : ""}${sort.column}` : undefined),
  },
  page: {
    read: (raw) => parseInteger(raw, 1, 999_999) ?? 1,
    write: (page) => (page > 1 ? String(page) : undefined),
  },
  pageSize: {
    read: parsePageSize,
    write: (size) => (size === DEFAULT_PAGE_SIZE ? undefined : String(size)),
  },
  soonMonths: {
    read: (raw) => parseInteger(raw, 1, MAX_SOON_MONTHS) ?? DEFAULT_SOON_MONTHS,
    write: (months) => (months === DEFAULT_SOON_MONTHS ? undefined : String(months)),
  },
  hidden: {
    read: (raw) => pick(list(raw), HIDEABLE_COLUMNS),
    write: (hidden) => joined(HIDEABLE_COLUMNS.filter((column) => hidden.includes(column))),
  },
};
