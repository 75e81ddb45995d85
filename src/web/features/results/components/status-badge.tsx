import type { TagStatus } from "#domain/tag-status";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import { statusText } from "../status-text.ts";
import { plainBadge } from "./plain-badge.tsx";

type StatusBadgeProps = {
  status: TagStatus;
  /** The "expiring within N months" window, named in that status's label. */
  soonMonths: number;
};

/** The derived status as a badge with an icon and words, never colour alone. */
export function StatusBadge({ status, soonMonths }: StatusBadgeProps) {
  return statusBadge(status, soonMonths, useT());
}

/** `StatusBadge` as a plain call, for table rows. */
export function statusBadge(status: TagStatus, soonMonths: number, t: Translate) {
  const { color, icon } = STATUS_LOOKS[status];
  return plainBadge({ color, icon, children: statusText(t, status, soonMonths) });
}
