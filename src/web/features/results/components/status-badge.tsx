import { Badge } from "@mantine/core";
import type { CSSProperties } from "react";
import type { TagStatus } from "#domain/tag-status";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import { statusText } from "../status-text.ts";
import classes from "./results.module.css";

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
    <Badge
      color={color}
      variant="light"
      tt="none"
      radius="sm"
      className={classes.badge}
      style={badgeColors(color)}
      leftSection={<Icon size={14} aria-hidden />}
    >
      {statusText(t, status, soonMonths)}
    </Badge>
  );
}

/** Foreground shades with enough contrast on Mantine's light-variant background, both schemes. */
export function badgeColors(color: string): CSSProperties {
  return {
    "--badge-fg-light": `var(--mantine-color-${color}-9)`,
    "--badge-fg-dark": `var(--mantine-color-${color}-2)`,
  } as CSSProperties;
}
