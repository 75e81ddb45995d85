import type { Locale } from "../../lib/i18n/locale.ts";

/** A count with the locale's digit grouping: 30,000 (both languages group by thousands here). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US").format(value);
}

/** A duration as people say it: "8 s", "2 min 05 s" / "8 秒", "2 分 05 秒". */
export function formatDuration(ms: number, locale: Locale): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (locale === "zh-CN")
    return minutes > 0 ? `${minutes} 分 ${String(seconds).padStart(2, "0")} 秒` : `${seconds} 秒`;
  return minutes > 0 ? `${minutes} min ${String(seconds).padStart(2, "0")} s` : `${seconds} s`;
}
