import { type RefObject, useLayoutEffect } from "react";
import type { ColumnLayout } from "#domain/column-layout";
import type { TableColumn } from "./table-columns.ts";

/** How many of the columns shown are pinned (they come first). */
export function pinnedCount(columns: readonly TableColumn[], layout: ColumnLayout): number {
  let count = 0;
  while (count < columns.length && layout.pinned.includes(columns[count]!)) count++;
  return count;
}

/**
 * Where each pinned column sticks when the table scrolls sideways: the left edge of its header
 * cell, as a CSS variable on the table (`--pin-0` for the tick box, then one per pinned column).
 * Measured after layout and again whenever the header row changes size.
 */
export function usePinOffsets(headRow: RefObject<HTMLTableRowElement | null>, pinned: number): void {
  useLayoutEffect(() => {
    const row = headRow.current;
    const table = row?.closest("table");
    if (!row || !table) return;
    const write = () => {
      for (let index = 0; index <= pinned; index++) {
        table.style.setProperty(`--pin-${index}`, `${row.cells[index]?.offsetLeft ?? 0}px`);
      }
    };
    write();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(write);
    for (const cell of row.cells) observer.observe(cell);
    return () => observer.disconnect();
  }, [headRow, pinned]);
}
