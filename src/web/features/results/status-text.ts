import type { Translate } from "../../lib/i18n/catalog.ts";
import type { TagStatus, TagValue } from "#domain/tag-status";

/** The status in words, in the UI language (the "soon" label names the chosen number of months). */
export function statusText(t: Translate, status: TagStatus, soonMonths: number): string {
  return t(`results.status.${status}`, { n: soonMonths });
}

/** A tag value as the tag filter names it: Huawei's own value, or words for empty and unknown. */
export function tagFilterText(t: Translate, value: TagValue): string {
  if (value === "empty") return `${t("results.tag.empty")} (${t("results.status.noRealName")})`;
  if (value === "other") return t("results.status.unknown");
  return value;
}
