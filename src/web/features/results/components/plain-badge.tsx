import type { ReactNode } from "react";
import type { RowIcon } from "../status-look.ts";
import { BADGE } from "./plain.ts";
import look from "./row-look.module.css";

type PlainBadgeOptions = {
  color: string;
  icon: RowIcon;
  children: ReactNode;
  tabIndex?: number;
  onPointerEnter?: () => void;
  onFocus?: () => void;
};

/**
 * `<Badge variant="light" radius="sm" tt="none" leftSection={icon}>` as one element and its text,
 * made by a plain call: table rows carry no badge components, no <svg> and no inline style (the
 * icon and the colours come from row-look.module.css).
 */
export function plainBadge({ color, icon, children, ...rest }: PlainBadgeOptions) {
  return (
    <div
      className={`${BADGE} ${look.icon} ${look.badge}`}
      data-variant="light"
      data-with-left-section
      data-color={color}
      data-icon={icon}
      {...rest}
    >
      {children}
    </div>
  );
}
