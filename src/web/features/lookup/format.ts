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
