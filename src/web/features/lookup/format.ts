import type { LookupBuckets } from "#domain/lookup-buckets";
import type { Translate } from "../../lib/i18n/catalog.ts";

/** A duration as people say it: "8 s", "2 min 05 s" / "8 秒", "2 分 05 秒". */
export function formatDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0
    ? t("lookup.duration.minutes", { minutes, seconds })
    : t("lookup.duration.seconds", { seconds });
}

/** Where every entry went, as one sum: "120 found + 6 not returned + … = 127 entries". */
export function summaryText(buckets: LookupBuckets, t: Translate): string {
  return t(buckets.notSent.length > 0 ? "lookup.summary.equationNotSent" : "lookup.summary.equation", {
    found: buckets.found.length,
    notReturned: buckets.notReturned.length,
    invalid: buckets.invalid.length,
    failed: buckets.failed.length,
    notSent: buckets.notSent.length,
    total: buckets.total,
  });
}
