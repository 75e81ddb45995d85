import { assert as fcAssert, constantFrom, nat, property } from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  describePage,
  nextLoadAllOffset,
  parsePageNumber,
  parsePageSize,
} from "./server-paging.ts";

describe("parsePageSize / parsePageNumber", () => {
  it("accepts the offered sizes and falls back on the default", () => {
    for (const size of PAGE_SIZES) expect(parsePageSize(String(size))).toBe(size);
    for (const bad of [undefined, "", "30", "201", "-10", "abc", "50.5"]) {
      expect(parsePageSize(bad)).toBe(DEFAULT_PAGE_SIZE);
    }
  });

  it("reads page numbers from 1 up, anything else is page 1", () => {
    expect(parsePageNumber("7")).toBe(7);
    for (const bad of [undefined, "", "0", "-3", "2.5", "x", "99999999"]) {
      expect(parsePageNumber(bad)).toBe(1);
    }
  });
});

describe("describePage", () => {
  it("allows Next after a full page and numbers its rows", () => {
    expect(describePage(3, 50, 50)).toEqual({
      firstRow: 101,
      lastRow: 150,
      isLast: false,
      isPastEnd: false,
      canPrevious: true,
      canNext: true,
    });
  });

  it("calls a short page the last one", () => {
    expect(describePage(4, 50, 12)).toMatchObject({
      firstRow: 151,
      lastRow: 162,
      isLast: true,
      canNext: false,
    });
  });

  it("recognises an empty page after a full one as past the end", () => {
    expect(describePage(5, 50, 0)).toMatchObject({
      firstRow: 0,
      lastRow: 200,
      isLast: true,
      isPastEnd: true,
      canNext: false,
      canPrevious: true,
    });
  });

  it("treats an empty first page as no customers at all, not past the end", () => {
    expect(describePage(1, 50, 0)).toMatchObject({
      isLast: true,
      isPastEnd: false,
      canPrevious: false,
    });
  });

  it("walking Next from page 1 stops exactly at the last row, whatever the total", () => {
    fcAssert(
      property(nat(2_000), constantFrom(...PAGE_SIZES), (total, size) => {
        let page = 1;
        let seen = 0;
        for (;;) {
          const rows = Math.max(0, Math.min(size, total - (page - 1) * size));
          const view = describePage(page, size, rows);
          seen += rows;
          if (!view.canNext) break;
          page += 1;
        }
        expect(seen).toBe(total);
        // At most one extra (empty) page is asked for, and only when the total divides evenly.
        expect(page).toBe(Math.floor(total / size) + 1);
      }),
    );
  });
});

describe("nextLoadAllOffset", () => {
  it("goes on after a full page and stops after a short or empty one", () => {
    expect(nextLoadAllOffset(200, 400, 200)).toBe(600);
    expect(nextLoadAllOffset(199, 400, 200)).toBeUndefined();
    expect(nextLoadAllOffset(0, 600, 200)).toBeUndefined();
  });
});
