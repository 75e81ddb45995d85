// Every file the dashboard writes is named the same way, so a folder of downloads sorts by what
// they are, then by day, and says whose customers they cover.

// Huawei's business day is China Standard Time; the file's date follows it like the months do.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

// Characters Windows, macOS or Linux refuse in file names, and whitespace runs.
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu;

/**
 * `new-customer-tags_2026-11-29_own.csv`, or `<subject>_<day>_<reseller>.xlsx` for a reseller's
 * customers (`not-returned-ids_2026-11-29_own.csv` for a lookup's bucket).
 */
export function exportFileName(options: {
  now: Date;
  scopeLabel?: string;
  extension: "csv" | "xlsx" | "png";
  /** What the file holds; the results table by default. */
  subject?: string;
}): string {
  const day = new Date(options.now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
  const scope =
    options.scopeLabel
      ?.replace(UNSAFE, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
      .slice(0, 60) || "own";
  return `${options.subject ?? "new-customer-tags"}_${day}_${scope}.${options.extension}`;
}
