// Mantine's class names for elements the results table renders by hand. A virtualized table mounts
// dozens of rows per scroll step; as plain <tr>/<td>/<span> with the design system's classes (and
// the variables its components would set, in row-look.module.css) a row costs a few elements and
// fibers instead of a tree of components, and looks the same.
import { ActionIcon, Badge, Table, UnstyledButton } from "@mantine/core";

export const TR = `${Table.classes.tr} mantine-Table-tr`;
export const TD = `${Table.classes.td} mantine-Table-td`;
export const BADGE = `${Badge.classes.root} mantine-Badge-root`;
export const ACTION_ICON = `mantine-focus-auto mantine-active ${ActionIcon.classes.root} mantine-ActionIcon-root ${UnstyledButton.classes.root} mantine-UnstyledButton-root`;

/** What a Table.Tr of a table with row borders and hover highlight carries (plus stripes). */
export function rowData(striped: boolean) {
  return {
    "data-with-row-border": true,
    "data-hover": true,
    "data-striped": striped ? "odd" : undefined,
  };
}
