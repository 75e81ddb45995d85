// The results workspace's view as URL search parameters, so a link reproduces it. Short, readable
// names (`st=expired,soon&exp=2026-01..2026-06&sort=-expire&page=2&size=50`); defaults are left
// out; a value that cannot be read is ignored rather than failing the page. Customer IDs never go
// here: the search text is the only free text, and it is what the user typed.
import { isMonth, compareMonths } from "./month.ts";
import { NO_FILTERS, type MonthRange, type ResultFilters } from "./tag-filters.ts";
import { SORT_COLUMNS, type SortColumn, type SortState } from "./tag-sort.ts";
import {
  DEFAULT_SOON_MONTHS,
  MAX_SOON_MONTHS,
  TAG_VALUES,
  type TagStatus,
  type TagValue,
} from "./tag-status.ts";

export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** "all" shows every row in one scrolling (virtualized) list instead of pages. */
export type PageSize = (typeof PAGE_SIZES)[number] | "all";

export const HIDEABLE_COLUMNS = ["name", "type", "tag", "effective", "expire", "status"] as const;
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

/** Every parameter the view owns (the reseller, `reseller`, belongs to the reseller picker). */
export const VIEW_PARAMS = [
  "st",
  "tag",
  "type",
  "eff",
  "exp",
  "q",
  "sort",
  "page",
  "size",
  "soon",
  "hide",
] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

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

function list(value: string | null): string[] {
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

function parseRange(value: string | null): MonthRange {
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

function parseInteger(value: string | null, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

function parseSort(value: string | null): SortState {
  if (!value) return undefined;
  const desc = value.startsWith("-");
  const column = desc ? value.slice(1) : value;
  return (SORT_COLUMNS as readonly string[]).includes(column)
    ? { column: column as SortColumn, desc }
    : undefined;
}

function parsePageSize(value: string | null): PageSize {
  if (value === "all") return "all";
  const size = parseInteger(value, 1, 1000);
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE;
}

/** Reads the view from URL search parameters, ignoring anything it cannot read. */
export function parseView(params: URLSearchParams): ResultsView {
  return {
    filters: {
      statuses: pick(list(params.get("st")), Object.values(STATUS_CODES)).map((code) =>
        STATUS_BY_CODE.get(code)!,
      ),
      tags: pick(list(params.get("tag")), TAG_VALUES as readonly TagValue[]),
      tagTypes: [
        ...new Set(list(params.get("type")).map((type) => (type === NO_TYPE ? "" : type))),
      ],
      effective: parseRange(params.get("eff")),
      expire: parseRange(params.get("exp")),
      query: params.get("q") ?? "",
    },
    sort: parseSort(params.get("sort")),
    page: parseInteger(params.get("page"), 1, 999_999) ?? 1,
    pageSize: parsePageSize(params.get("size")),
    soonMonths: parseInteger(params.get("soon"), 1, MAX_SOON_MONTHS) ?? DEFAULT_SOON_MONTHS,
    hidden: pick(list(params.get("hide")), HIDEABLE_COLUMNS),
  };
}

/** Writes a (partial) view as parameter changes; a default value becomes `undefined` (removed). */
export function serializeView(
  view: Partial<ResultsView>,
): Partial<Record<ViewParam, string | undefined>> {
  const out: Partial<Record<ViewParam, string | undefined>> = {};
  const joined = (values: readonly string[]) => (values.length > 0 ? values.join(",") : undefined);
  if (view.filters) {
    const { filters } = view;
    out.st = joined(filters.statuses.map((status) => STATUS_CODES[status]));
    out.tag = joined(filters.tags);
    out.type = joined(filters.tagTypes.map((type) => (type === "" ? NO_TYPE : type)));
    out.eff = formatRange(filters.effective);
    out.exp = formatRange(filters.expire);
    out.q = filters.query === "" ? undefined : filters.query;
  }
  if ("sort" in view)
    out.sort = view.sort ? `${view.sort.desc ? "-" : ""}${view.sort.column}` : undefined;
  if (view.page !== undefined) out.page = view.page > 1 ? String(view.page) : undefined;
  if (view.pageSize !== undefined)
    out.size = view.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(view.pageSize);
  if (view.soonMonths !== undefined)
    out.soon = view.soonMonths === DEFAULT_SOON_MONTHS ? undefined : String(view.soonMonths);
  if (view.hidden)
    out.hide = joined(HIDEABLE_COLUMNS.filter((column) => view.hidden!.includes(column)));
  return out;
}
