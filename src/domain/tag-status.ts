// The status of a customer's new-customer tag relative to the current month: the one rule the
// table, its filters, the summary chips and the exports all read.
//
// Precedence (first match wins):
//   1. tag empty or absent           → noRealName   (Huawei omits the tag without real-name auth)
//   2. UNDETERMINED                  → undetermined (eligible, not yet decided; months ignored)
//   3. N with expire month < current → expired      (Huawei turns an expired Y into N, so an N whose
//      N otherwise                   → notNew        expire month is past is reported as Expired)
//   4. Y with effective > current    → notYetEffective
//      Y with expire < current       → expired      (a Y past its expiry: Huawei's data lags)
//      Y with expire == current      → expiresThisMonth
//      Y with expire in (current, current+N] → expiringSoon (N chosen by the user, default 3)
//      Y otherwise                   → active       (also a Y without months: nothing says otherwise)
//   5. any other value               → unknown      (a value Huawei may add later; shown verbatim)
// The current month is Huawei's business month, China Standard Time (see month.ts).
import { addMonths, compareMonths, isMonth } from "./month.ts";

export const TAG_STATUSES = [
  "expired",
  "notNew",
  "expiresThisMonth",
  "expiringSoon",
  "active",
  "notYetEffective",
  "undetermined",
  "noRealName",
  "unknown",
] as const;

/** A derived status; TAG_STATUSES lists them from most to least urgent. */
export type TagStatus = (typeof TAG_STATUSES)[number];

/** The tag values a filter can pick; "empty" stands for an absent or blank tag. */
export const TAG_VALUES = ["Y", "N", "UNDETERMINED", "empty", "other"] as const;
export type TagValue = (typeof TAG_VALUES)[number];

const MONTH_FIELD = /^(\d{4}-\d{2})(?:-\d{2})?$/;

export const DEFAULT_SOON_MONTHS = 3;
export const MAX_SOON_MONTHS = 24;

export type StatusContext = {
  /** The current month, "YYYY-MM" (from `currentMonth(now)`). */
  month: string;
  /** How many months ahead count as "expiring soon". */
  soonMonths: number;
};

/** Classifies Huawei's `new_customer_tag` as one of the filterable tag values. */
export function tagValueOf(tag: string | null | undefined): TagValue {
  const value = tag?.trim() ?? "";
  if (value === "") return "empty";
  if (value === "Y" || value === "N" || value === "UNDETERMINED") return value;
  return "other";
}

/**
 * Reads a month field as "YYYY-MM", or undefined when absent or unreadable. Huawei documents
 * YYYY-MM but allows 10 characters, so a full date's month is taken too.
 */
export function monthOf(value: string | null | undefined): string | undefined {
  const match = MONTH_FIELD.exec(value?.trim() ?? "");
  return match && isMonth(match[1]) ? match[1] : undefined;
}

/** Derives the status of one tag row, following the precedence written at the top of this file. */
export function tagStatus(
  row: {
    new_customer_tag?: string | null;
    effective_time?: string | null;
    expire_time?: string | null;
  },
  context: StatusContext,
): TagStatus {
  const value = tagValueOf(row.new_customer_tag);
  if (value === "empty") return "noRealName";
  if (value === "UNDETERMINED") return "undetermined";
  if (value === "other") return "unknown";
  const expire = monthOf(row.expire_time);
  const expireVsNow = expire === undefined ? undefined : compareMonths(expire, context.month);
  if (value === "N") return expireVsNow !== undefined && expireVsNow < 0 ? "expired" : "notNew";
  const effective = monthOf(row.effective_time);
  if (effective !== undefined && compareMonths(effective, context.month) > 0)
    return "notYetEffective";
  if (expireVsNow === undefined) return "active";
  if (expireVsNow < 0) return "expired";
  if (expireVsNow === 0) return "expiresThisMonth";
  if (compareMonths(expire!, addMonths(context.month, context.soonMonths)) <= 0)
    return "expiringSoon";
  return "active";
}
