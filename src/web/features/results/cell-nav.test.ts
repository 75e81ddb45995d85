import { describe, expect, it } from "vitest";
import { cellRange, moveCell } from "./cell-nav.ts";

const grid = { rows: 100, cols: 7, page: 10, ctrl: false };

describe("moveCell", () => {
  it("moves one cell with the arrows and stops at the edges", () => {
    expect(moveCell({ row: 5, col: 3 }, "ArrowUp", grid)).toEqual({ row: 4, col: 3 });
    expect(moveCell({ row: 5, col: 3 }, "ArrowDown", grid)).toEqual({ row: 6, col: 3 });
    expect(moveCell({ row: 5, col: 3 }, "ArrowLeft", grid)).toEqual({ row: 5, col: 2 });
    expect(moveCell({ row: 5, col: 3 }, "ArrowRight", grid)).toEqual({ row: 5, col: 4 });
    expect(moveCell({ row: 0, col: 0 }, "ArrowUp", grid)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, "ArrowLeft", grid)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 99, col: 6 }, "ArrowDown", grid)).toEqual({ row: 99, col: 6 });
    expect(moveCell({ row: 99, col: 6 }, "ArrowRight", grid)).toEqual({ row: 99, col: 6 });
  });

  it("goes to the row's ends with Home and End, and the table's with Ctrl", () => {
    expect(moveCell({ row: 5, col: 3 }, "Home", grid)).toEqual({ row: 5, col: 0 });
    expect(moveCell({ row: 5, col: 3 }, "End", grid)).toEqual({ row: 5, col: 6 });
    expect(moveCell({ row: 5, col: 3 }, "Home", { ...grid, ctrl: true })).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 5, col: 3 }, "End", { ...grid, ctrl: true })).toEqual({ row: 99, col: 6 });
  });

  it("moves a page with Page Up and Page Down, no further than the first and last row", () => {
    expect(moveCell({ row: 5, col: 3 }, "PageDown", grid)).toEqual({ row: 15, col: 3 });
    expect(moveCell({ row: 5, col: 3 }, "PageUp", grid)).toEqual({ row: 0, col: 3 });
    expect(moveCell({ row: 95, col: 3 }, "PageDown", grid)).toEqual({ row: 99, col: 3 });
  });

  it("leaves other keys to the page", () => {
    expect(moveCell({ row: 5, col: 3 }, "Enter", grid)).toBeUndefined();
    expect(moveCell({ row: 5, col: 3 }, "a", grid)).toBeUndefined();
  });
});

describe("cellRange", () => {
  it("is the same rectangle whichever corner the selection started from", () => {
    const box = { top: 2, bottom: 6, left: 1, right: 4 };
    expect(cellRange({ row: 2, col: 1 }, { row: 6, col: 4 })).toEqual(box);
    expect(cellRange({ row: 6, col: 4 }, { row: 2, col: 1 })).toEqual(box);
    expect(cellRange({ row: 6, col: 1 }, { row: 2, col: 4 })).toEqual(box);
  });
});
