import type { Translate } from "../../lib/i18n/catalog.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `then` was, as people say it ("just now", "5 minutes ago", "3 days ago"), counted
 * in whole units; a moment after `now` (a clock a minute behind) is "just now".
 */
export function agoText(t: Translate, then: Date, now: number): string {
  const ms = Math.max(0, now - then.getTime());
  if (ms < MINUTE) return t("portfolio.ago.now");
  if (ms < HOUR) return t("portfolio.ago.minutes", { count: Math.floor(ms / MINUTE) });
  if (ms < DAY) return t("portfolio.ago.hours", { count: Math.floor(ms / HOUR) });
  return t("portfolio.ago.days", { count: Math.floor(ms / DAY) });
}

/** A moment as date and time in the page's language and the browser's time zone. */
export function timeText(t: Translate, time: Date): string {
  return t("portfolio.time", { time });
}
