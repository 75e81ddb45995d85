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
 * Measured by a ResizeObserver, which reports after the browser's own layout: reading the cells'
 * offsets while committing forced a layout of the whole new table before its first frame (about
 * 100 ms of 100,000 rows' first render), and the variables then set made the frame lay it out
 * again. Until the first report, the offsets known without layout stand in: the tick box at 0 and
 * the first pinned column right after it, which is where the observer finds them.
 */
export function usePinOffsets(
  headRow: RefObject<HTMLTableRowElement | null>,
  pinned: number,
  selectWidth: number,
): void {
  useLayoutEffect(() => {
    const row = headRow.current;
    const table = row?.closest("table");
    if (!row || !table) return;
    const set = (index: number, left: number) => {
      const value = `${left}px`;
      if (table.style.getPropertyValue(`--pin-${index}`) !== value) {
        table.style.setProperty(`--pin-${index}`, value);
      }
    };
    set(0, 0);
    if (pinned > 0) set(1, selectWidth);
    const write = () => {
      for (let index = 0; index <= pinned; index++) set(index, row.cells[index]?.offsetLeft ?? 0);
    };
    if (typeof ResizeObserver === "undefined") return write();
    const observer = new ResizeObserver(write);
    for (const cell of row.cells) observer.observe(cell);
    return () => observer.disconnect();
  }, [headRow, pinned, selectWidth]);
}
