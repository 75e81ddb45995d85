// What clicking a part of a chart does to the table's filters: it sets the matching filter, and
// clicking the same part again takes it back. Pure, so the charts, their data tables and the
// per-reseller table all toggle the same way.
import type { ResultFilters } from "#domain/tag-filters";
import type { TagStatus } from "#domain/tag-status";

/** The month field a bar stands for: when the tags expire, or when they took effect. */
export type MonthField = "expire" | "effective";

/** Whether the filters hold exactly this one month in the field. */
export function isMonthPicked(filters: ResultFilters, field: MonthField, month: string): boolean {
  const range = filters[field];
  return range.from === month && range.to === month;
}

/** Filters to one month of the field, or back to any month when it was that month already. */
export function toggleMonth(filters: ResultFilters, field: MonthField, month: string): ResultFilters {
  return { ...filters, [field]: isMonthPicked(filters, field, month) ? {} : { from: month, to: month } };
}

/** Whether the status filter is exactly these statuses. */
export function areStatusesPicked(filters: ResultFilters, statuses: readonly TagStatus[]): boolean {
  return filters.statuses.length === statuses.length && statuses.every((status) => filters.statuses.includes(status));
}

/** Filters to these statuses, or back to every status when they were exactly the ones picked. */
export function toggleStatuses(filters: ResultFilters, statuses: readonly TagStatus[]): ResultFilters {
  return { ...filters, statuses: areStatusesPicked(filters, statuses) ? [] : [...statuses] };
}

/** Whether the reseller filter is exactly this one reseller ("" for the partner's own customers). */
export function isResellerPicked(filters: ResultFilters, reseller: string): boolean {
  return filters.resellers.length === 1 && filters.resellers[0] === reseller;
}

/** Filters to one reseller's customers, or back to every reseller's when it was that one already. */
export function toggleReseller(filters: ResultFilters, reseller: string): ResultFilters {
  return { ...filters, resellers: isResellerPicked(filters, reseller) ? [] : [reseller] };
}
