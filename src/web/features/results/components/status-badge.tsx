import type { TagStatus } from "#domain/tag-status";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import { statusText } from "../status-text.ts";
import { PlainBadge } from "./plain-badge.tsx";

type StatusBadgeProps = {
  status: TagStatus;
  /** The "expiring within N months" window, named in that status's label. */
  soonMonths: number;
};

/** The derived status as a badge with an icon and words, never colour alone. */
export function StatusBadge({ status, soonMonths }: StatusBadgeProps) {
  const t = useT();
  const { color, Icon } = STATUS_LOOKS[status];
  return (
    <PlainBadge color={color} Icon={Icon}>
      {statusText(t, status, soonMonths)}
    </PlainBadge>
  );
}
