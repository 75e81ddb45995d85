// Months are "YYYY-MM" strings, the form Huawei uses for a tag's effective and expire months.
// Huawei's billing months follow China Standard Time (UTC+8), so "now" is converted before
// taking the month: 2026-11-30T16:30Z is already December in Beijing.

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const CST_OFFSET_MINUTES = 480;

/** Tells whether a value is a well-formed "YYYY-MM" month. */
export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH_PATTERN.test(value);
}

function toIndex(month: string): number {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The "YYYY-MM" of a month number (year × 12 + month − 1, as `monthKeyOf` in tag-status.ts reads it). */
export function monthFromKey(key: number): string {
  return fromIndex(key);
}

/** Returns the month of `now` in the given UTC offset (China Standard Time by default). */
export function currentMonth(now: Date, utcOffsetMinutes: number = CST_OFFSET_MINUTES): string {
  const local = new Date(now.getTime() + utcOffsetMinutes * 60_000);
  return fromIndex(local.getUTCFullYear() * 12 + local.getUTCMonth());
}

/** Adds `n` months (negative to go back) to a "YYYY-MM" month. */
export function addMonths(month: string, n: number): string {
  return fromIndex(toIndex(month) + n);
}

/** Compares two months: negative if `a` is earlier, 0 if equal, positive if later. */
export function compareMonths(a: string, b: string): number {
  return toIndex(a) - toIndex(b);
}
