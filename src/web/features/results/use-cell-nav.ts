import { type KeyboardEvent, type MouseEvent, type RefObject, useRef } from "react";
import { type Cell, cellRange, moveCell } from "./cell-nav.ts";

// Rows a Page Up / Page Down moves: about a screen of the table.
const PAGE_ROWS = 10;

type CellNavOptions = {
  /** The element around the table (keys and clicks inside it are handled). */
  box: RefObject<HTMLElement | null>;
  /** Rows shown (all pages), and columns shown besides the tick box. */
  rowCount: number;
  columnCount: number;
  /** Copies the rectangle of cells; `left`/`right` count the tick box as column 0. */
  copyRange: (range: { top: number; bottom: number; left: number; right: number }) => void;
};

// A row's place among the rows shown: its aria-rowindex counts the header row and starts at 1.
const rowOf = (cell: HTMLTableCellElement) => Number(cell.parentElement?.getAttribute("aria-rowindex")) - 2;

function cellAt(box: HTMLElement, { row, col }: Cell): HTMLTableCellElement | undefined {
  const tr = box.querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${row + 2}"]`);
  return tr?.cells[col];
}

/**
 * Moving between the table's cells from the keyboard, as in a spreadsheet: arrows, Home/End
 * (Ctrl for the table's corners), Page Up/Down; Shift extends a rectangle (Shift+click too) that
 * Ctrl+C copies as a table. The focused cell shows its outline; the rectangle is tinted.
 */
export function useCellNav({ box, rowCount, columnCount, copyRange }: CellNavOptions) {
  const anchor = useRef<Cell | undefined>(undefined);
  const active = useRef<Cell | undefined>(undefined);

  const paint = () => {
    const element = box.current;
    if (!element) return;
    for (const cell of element.querySelectorAll("[data-in-range]")) cell.removeAttribute("data-in-range");
    if (!anchor.current || !active.current) return;
    const { top, bottom, left, right } = cellRange(anchor.current, active.current);
    if (top === bottom && left === right) return;
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) cellAt(element, { row, col })?.setAttribute("data-in-range", "");
    }
  };

  const focusCell = (next: Cell) => {
    const element = box.current;
    if (!element) return false;
    const found = cellAt(element, next);
    if (found) {
      found.focus();
      return true;
    }
    // A long table renders only the rows in view: scroll the row in (with the page), then focus
    // it once drawn.
    const some = element.querySelector<HTMLElement>("tbody tr[aria-rowindex]");
    if (!some) return false;
    const height = some.offsetHeight;
    const someRow = Number(some.getAttribute("aria-rowindex")) - 2;
    const listTop = some.getBoundingClientRect().top + window.scrollY - someRow * height;
    window.scrollTo({ top: listTop + next.row * height - window.innerHeight / 2 });
    let frames = 0;
    const retry = () => {
      const drawn = cellAt(element, next);
      if (drawn) {
        drawn.focus();
        paint();
      } else if (frames++ < 20) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const cell = (event.target as HTMLElement).closest?.("tbody td") as HTMLTableCellElement | null;
    if (!cell) return false;
    const current = { row: rowOf(cell), col: cell.cellIndex };
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "c" && anchor.current && active.current) {
      const range = cellRange(anchor.current, active.current);
      if (range.top !== range.bottom || range.left !== range.right) {
        event.preventDefault();
        copyRange(range);
        return true;
      }
      return false;
    }
    const next = moveCell(current, event.key, {
      rows: rowCount,
      cols: columnCount + 1,
      page: PAGE_ROWS,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (!next) return false;
    event.preventDefault();
    if (!focusCell(next)) return true;
    if (!event.shiftKey || !anchor.current) anchor.current = event.shiftKey ? current : next;
    active.current = next;
    paint();
    return true;
  };

  const onMouseDown = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const cell = target.closest?.("tbody td") as HTMLTableCellElement | null;
    if (!cell || target.closest("button, input, a")) return;
    const here = { row: rowOf(cell), col: cell.cellIndex };
    if (event.shiftKey && anchor.current) {
      // Shift+click extends the rectangle (and must not select the page's text).
      event.preventDefault();
      cell.focus();
    } else anchor.current = here;
    active.current = here;
    paint();
  };

  return { onKeyDown, onMouseDown };
}
