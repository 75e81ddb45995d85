// Mantine's class names for elements the results table renders by hand. A virtualized table mounts
// dozens of rows per scroll step; as plain <tr>/<td>/<span> with the design system's classes (and
// the variables its components would set, in results.module.css) a row costs a few elements and
// fibers instead of a tree of components, and looks the same.
import { ActionIcon, Badge, Group, Table, Text, UnstyledButton } from "@mantine/core";
import type { CSSProperties } from "react";

export const TR = `${Table.classes.tr} mantine-Table-tr`;
export const TD = `${Table.classes.td} mantine-Table-td`;
export const TEXT = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;
export const GROUP = `${Group.classes.root} mantine-Group-root`;
export const BADGE = `${Badge.classes.root} mantine-Badge-root`;
export const BADGE_SECTION = `${Badge.classes.section} mantine-Badge-section`;
export const BADGE_LABEL = `${Badge.classes.label} mantine-Badge-label`;
export const ACTION_ICON = `mantine-focus-auto mantine-active ${ActionIcon.classes.root} mantine-ActionIcon-root ${UnstyledButton.classes.root} mantine-UnstyledButton-root`;
export const ACTION_ICON_ICON = `${ActionIcon.classes.icon} mantine-ActionIcon-icon`;

/** What a Table.Tr of a table with row borders and hover highlight carries (plus stripes). */
export function rowData(striped: boolean) {
  return {
    "data-with-row-border": true,
    "data-hover": true,
    "data-striped": striped ? "odd" : undefined,
  };
}

const badgeStyles = new Map<string, CSSProperties>();

/**
 * The variables of `<Badge variant="light" radius="sm" tt="none">` in `color`, with the darker
 * foreground shades the table uses for contrast; one object per colour, shared by every row.
 */
export function badgeStyle(color: string): CSSProperties {
  let style = badgeStyles.get(color);
  if (!style) {
    style = {
      "--badge-radius": "var(--mantine-radius-sm)",
      "--badge-bg": `var(--mantine-color-${color}-light)`,
      "--badge-color": `var(--mantine-color-${color}-light-color)`,
      "--badge-bd": "calc(0.0625rem * var(--mantine-scale)) solid transparent",
      "--badge-fg-light": `var(--mantine-color-${color}-9)`,
      "--badge-fg-dark": `var(--mantine-color-${color}-2)`,
      textTransform: "none",
    } as CSSProperties;
    badgeStyles.set(color, style);
  }
  return style;
}

const actionIconStyles = new Map<string, CSSProperties>();

/** The variables of `<ActionIcon variant="subtle" size="sm">` in `color`. */
export function actionIconStyle(color: string): CSSProperties {
  let style = actionIconStyles.get(color);
  if (!style) {
    style = {
      "--ai-size": "var(--ai-size-sm)",
      "--ai-bg": "transparent",
      "--ai-hover": `var(--mantine-color-${color}-light-hover)`,
      "--ai-color": `var(--mantine-color-${color}-light-color)`,
      "--ai-bd": "calc(0.0625rem * var(--mantine-scale)) solid transparent",
    } as CSSProperties;
    actionIconStyles.set(color, style);
  }
  return style;
}
