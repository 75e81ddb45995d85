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
import { isMonth } from "./month.ts";

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

const NO_MONTH = -1;
const DASH = 45;

// The digit at `index`, or a large negative number when it is not one (so the sum goes negative).
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -100_000;
}

/**
 * Reads a month field as a month number (year × 12 + month − 1), or -1 when absent or unreadable:
 * the same months `monthOf` accepts, parsed once into an integer so filters, sorts and statuses
 * compare numbers instead of re-reading strings for every row.
 */
export function monthKeyOf(value: string | null | undefined): number {
  if (value === null || value === undefined) return NO_MONTH;
  const text = value.trim();
  const fullDate = text.length === 10 && text.charCodeAt(7) === DASH;
  if (text.length !== 7 && !fullDate) return NO_MONTH;
  if (text.charCodeAt(4) !== DASH) return NO_MONTH;
  if (fullDate && digitAt(text, 8) + digitAt(text, 9) < 0) return NO_MONTH;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  if (year < 0 || month < 1 || month > 12) return NO_MONTH;
  return year * 12 + month - 1;
}

/**
 * The status from a tag value and month numbers (`monthKeyOf`, -1 for none), following the
 * precedence written at the top of this file; `now` is the current month's number.
 */
export function statusOfKeys(
  value: TagValue,
  effective: number,
  expire: number,
  now: number,
  soonMonths: number,
): TagStatus {
  if (value === "empty") return "noRealName";
  if (value === "UNDETERMINED") return "undetermined";
  if (value === "other") return "unknown";
  if (value === "N") return expire !== NO_MONTH && expire < now ? "expired" : "notNew";
  if (effective !== NO_MONTH && effective > now) return "notYetEffective";
  if (expire === NO_MONTH) return "active";
  if (expire < now) return "expired";
  if (expire === now) return "expiresThisMonth";
  return expire <= now + soonMonths ? "expiringSoon" : "active";
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
  return statusOfKeys(
    tagValueOf(row.new_customer_tag),
    monthKeyOf(row.effective_time),
    monthKeyOf(row.expire_time),
    monthKeyOf(context.month),
    context.soonMonths,
  );
}
