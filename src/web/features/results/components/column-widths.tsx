import type { CSSProperties } from "react";
import type { ColumnLayout } from "#domain/column-layout";
import type { TableColumn } from "../table-columns.ts";

// The tick box column's width (its checkbox and padding).
export const SELECT_WIDTH = 36;

/** The table's layout: by the widths given once the user has resized a column, else by content. */
export function layoutStyle(layout: ColumnLayout): CSSProperties | undefined {
  return Object.keys(layout.widths).length > 0 ? { tableLayout: "fixed" } : undefined;
}

/** One <col> per column, with the width the user set (the tick box's own first). */
export function ColumnWidths({ columns, layout }: { columns: readonly TableColumn[]; layout: ColumnLayout }) {
  if (Object.keys(layout.widths).length === 0) return null;
  return (
    <colgroup>
      <col style={{ width: SELECT_WIDTH }} />
      {columns.map((column) => (
        <col key={column} style={layout.widths[column] ? { width: layout.widths[column] } : undefined} />
      ))}
    </colgroup>
  );
}
