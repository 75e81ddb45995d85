import { addMonths } from "#domain/month";
import type { MonthRange, ResellerName, ResultFilters } from "#domain/tag-filters";
import type { SortState } from "#domain/tag-sort";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { statusText, tagFilterText } from "../status-text.ts";
import { COLUMN_LABELS } from "../table-columns.ts";

// Statuses, months and the file's date follow China Standard Time; so does the time it was made.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

export type AboutExportInput = {
  t: Translate;
  locale: Locale;
  /** Whose customers, as the results header says it. */
  scope: string;
  /** Rows in the file, and customers in the results before filtering. */
  rowCount: number;
  totalCount: number;
  /** Browse mode with only some pages loaded: how many rows were loaded. */
  loadedOnly?: number;
  /** The rows are the ones the user ticked, not every row the filters leave. */
  selected?: boolean;
  /** The file's column headers, left to right. */
  columns: readonly string[];
  filters: ResultFilters;
  /** Names a reseller of the reseller filter, as the Reseller column does (null: the partner's own). */
  resellerName?: ResellerName;
  sort: SortState;
  soonMonths: number;
  /** The current month the statuses were derived with, "YYYY-MM". */
  month: string;
  generatedAt: Date;
};

/**
 * The "About this export" sheet as [item, value] lines in the UI language: whose customers, which
 * rows and columns, the filters and sort in words, the month rule behind the statuses, and when
 * the file was made. A file passed on then still says what it shows.
 */
export function aboutExport(input: AboutExportInput): string[][] {
  const { t, locale } = input;
  const anyOf = new Intl.ListFormat(locale, { type: "disjunction" });
  const list = new Intl.ListFormat(locale, { type: "conjunction", style: "narrow" });
  const filterLines = describeFilters(input, (values) => anyOf.format(values));
  const lines: string[][] = [
    [t("results.about.scope"), input.scope],
    [
      t("results.about.rows"),
      t("results.about.rowsValue", {
        count: input.rowCount,
        total: input.totalCount,
      }),
    ],
  ];
  if (input.selected) lines.push(["", t("results.about.selected", { count: input.rowCount })]);
  if (input.loadedOnly !== undefined)
    lines.push(["", t("results.about.partial", { loaded: input.loadedOnly })]);
  lines.push(
    [t("results.table.columns"), list.format(input.columns)],
    ...(filterLines.length > 0 ? filterLines : [t("results.about.noFilters")]).map(
      (line, index) => [index === 0 ? t("results.filter.title") : "", line],
    ),
    [t("results.about.sort"), describeSort(t, input.sort)],
    [
      t("results.about.month"),
      t("results.about.monthRule", {
        month: input.month,
        thisMonth: statusText(t, "expiresThisMonth", input.soonMonths),
        soon: statusText(t, "expiringSoon", input.soonMonths),
        next: addMonths(input.month, 1),
        last: addMonths(input.month, input.soonMonths),
      }),
    ],
    [
      t("results.about.generated"),
      t("results.about.generatedAt", { time: cstTime(input.generatedAt) }),
    ],
  );
  return lines;
}

function describeFilters(
  { t, filters, soonMonths, resellerName = (id) => id ?? "" }: AboutExportInput,
  anyOf: (values: string[]) => string,
): string[] {
  const line = (field: string, value: string) => t("results.about.filterLine", { field, value });
  const range = (field: string, { from, to }: MonthRange) => {
    if (from && to) return [line(field, t("results.about.range", { from, to }))];
    if (from) return [line(field, t("results.about.rangeFrom", { from }))];
    if (to) return [line(field, t("results.about.rangeTo", { to }))];
    return [];
  };
  const query = filters.query.trim();
  return [
    ...(filters.statuses.length > 0
      ? [
          line(
            t("results.filter.status"),
            anyOf(filters.statuses.map((status) => statusText(t, status, soonMonths))),
          ),
        ]
      : []),
    ...(filters.tags.length > 0
      ? [line(t("results.filter.tag"), anyOf(filters.tags.map((tag) => tagFilterText(t, tag))))]
      : []),
    ...(filters.tagTypes.length > 0
      ? [
          line(
            t("results.filter.tagType"),
            anyOf(filters.tagTypes.map((type) => type || t("results.filter.tagTypeNone"))),
          ),
        ]
      : []),
    ...(filters.resellers.length > 0
      ? [line(t("results.filter.reseller"), anyOf(filters.resellers.map((id) => resellerName(id || null))))]
      : []),
    ...range(t("results.filter.effective"), filters.effective),
    ...range(t("results.filter.expire"), filters.expire),
    ...(query ? [line(t("results.filter.search"), query)] : []),
  ];
}

function describeSort(t: Translate, sort: SortState): string {
  if (!sort) return t("results.about.unsorted");
  const column = t(COLUMN_LABELS[sort.column]);
  return t(sort.desc ? "results.col.sortedDesc" : "results.col.sortedAsc", { column });
}

// "2026-11-29 18:00:05", the wall clock in Beijing.
function cstTime(moment: Date): string {
  return new Date(moment.getTime() + CST_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}
