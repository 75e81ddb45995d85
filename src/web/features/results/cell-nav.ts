/** A cell of the results table: row among the rows shown (0-based), column (0 = the tick box). */
export type Cell = { row: number; col: number };

/** What a key does to the active cell, or undefined for a key the table leaves alone. */
export function moveCell(
  cell: Cell,
  key: string,
  { rows, cols, page, ctrl }: { rows: number; cols: number; page: number; ctrl: boolean },
): Cell | undefined {
  const clamp = (row: number, col: number): Cell => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case "ArrowUp":
      return clamp(cell.row - 1, cell.col);
    case "ArrowDown":
      return clamp(cell.row + 1, cell.col);
    case "ArrowLeft":
      return clamp(cell.row, cell.col - 1);
    case "ArrowRight":
      return clamp(cell.row, cell.col + 1);
    case "Home":
      return ctrl ? clamp(0, 0) : clamp(cell.row, 0);
    case "End":
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(cell.row, cols - 1);
    case "PageUp":
      return clamp(cell.row - page, cell.col);
    case "PageDown":
      return clamp(cell.row + page, cell.col);
    default:
      return undefined;
  }
}

/** The rectangle between two cells, inclusive. */
export function cellRange(a: Cell, b: Cell): { top: number; bottom: number; left: number; right: number } {
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}
