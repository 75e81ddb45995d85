import type { Icon } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { BADGE, BADGE_LABEL, BADGE_SECTION, badgeStyle } from "./plain.ts";
import classes from "./results.module.css";

type PlainBadgeOptions = {
  color: string;
  Icon: Icon;
  children: ReactNode;
  tabIndex?: number;
  onPointerEnter?: () => void;
  onFocus?: () => void;
};

/**
 * `<Badge variant="light" radius="sm" tt="none" leftSection={icon}>` as plain elements, made by a
 * plain call: table rows then carry no badge components.
 */
export function plainBadge({ color, Icon, children, ...rest }: PlainBadgeOptions) {
  return (
    <div
      className={`${classes.badge} ${BADGE}`}
      data-variant="light"
      data-with-left-section
      style={badgeStyle(color)}
      {...rest}
    >
      <span className={BADGE_SECTION} data-position="left">
        <Icon size={14} aria-hidden />
      </span>
      <span className={BADGE_LABEL}>{children}</span>
    </div>
  );
}
