import type { Translate } from "../../app/i18n/i18n-context.ts";
import type { TagStatus } from "#shared/tag-status";

/** The status in words, in the UI language (the "soon" label names the chosen number of months). */
export function statusText(t: Translate, status: TagStatus, soonMonths: number): string {
  return t(`results.status.${status}`, { n: soonMonths });
}
