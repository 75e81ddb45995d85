// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { rowWindow, useRowWindow } from "./use-row-window.ts";

describe("rowWindow", () => {
  it("holds the rows in view plus the overscan on each side", () => {
    // 44 px rows, a 440 px box scrolled to row 100: rows 100..110 in view, 5 more each side.
    expect(rowWindow(4400, 440, 100_000, 44, 5)).toEqual({ first: 95, last: 115 });
  });

  it("stops at the ends of the list", () => {
    expect(rowWindow(0, 440, 100_000, 44, 5)).toEqual({ first: 0, last: 15 });
    expect(rowWindow(44 * 99_990, 440, 100_000, 44, 5)).toEqual({ first: 99_985, last: 99_999 });
    expect(rowWindow(0, 440, 3, 44, 5)).toEqual({ first: 0, last: 2 });
  });

  it("holds no rows for an empty list, and reads a scroll past the end as the last rows", () => {
    expect(rowWindow(0, 440, 0, 44, 5)).toEqual({ first: 0, last: -1 });
    expect(rowWindow(10_000_000, 440, 50, 44, 5)).toEqual({ first: 49, last: 49 });
    expect(rowWindow(-30, 440, 50, 44, 0)).toEqual({ first: 0, last: 10 });
  });
});

describe("useRowWindow", () => {
  function scrollBox(height: number) {
    const element = document.createElement("section");
    let top = 0;
    Object.defineProperty(element, "clientHeight", { get: () => height });
    Object.defineProperty(element, "scrollTop", {
      get: () => top,
      set: (value: number) => {
        top = value;
      },
    });
    return element;
  }

  it("starts from the assumed height and follows the box as it scrolls", () => {
    const element = scrollBox(440);
    const ref = { current: element };
    const { result } = renderHook(() => useRowWindow(ref, 100_000, 44, 5, 880));
    // Measured at mount: 440 px, not the 880 assumed.
    expect(result.current).toEqual({ first: 0, last: 15 });
    act(() => {
      element.scrollTop = 4400;
      element.dispatchEvent(new Event("scroll"));
    });
    expect(result.current).toEqual({ first: 95, last: 115 });
  });

  it("does not render for a scroll that keeps the same rows", () => {
    const element = scrollBox(430);
    const ref = { current: element };
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useRowWindow(ref, 100_000, 44, 5, 430);
    });
    const before = renders;
    act(() => {
      element.scrollTop = 4; // rows 0..9 still fill the box
      element.dispatchEvent(new Event("scroll"));
    });
    expect(renders).toBe(before);
    act(() => {
      element.scrollTop = 44;
      element.dispatchEvent(new Event("scroll"));
    });
    expect(renders).toBe(before + 1);
    expect(result.current).toEqual({ first: 0, last: 16 });
  });

  it("follows the list's length without a scroll", () => {
    const element = scrollBox(440);
    const ref = { current: element };
    const { result, rerender } = renderHook(({ count }) => useRowWindow(ref, count, 44, 5, 440), {
      initialProps: { count: 100_000 },
    });
    expect(result.current.last).toBe(15);
    rerender({ count: 4 });
    expect(result.current).toEqual({ first: 0, last: 3 });
  });

  it("with the page as the scroller, reads how far the list has gone above the window's top", () => {
    const element = document.createElement("section");
    let top = 300; // the list starts 300 px down the window
    element.getBoundingClientRect = () => ({ top }) as DOMRect;
    const height = window.innerHeight;
    const ref = { current: element };
    const { result } = renderHook(() => useRowWindow(ref, 100_000, 44, 5, 0, true));
    expect(result.current).toEqual({ first: 0, last: Math.ceil(height / 44) + 5 });
    act(() => {
      top = -4400; // scrolled: 100 rows above the window's top
      window.dispatchEvent(new Event("scroll"));
    });
    expect(result.current).toEqual({ first: 95, last: Math.ceil((4400 + height) / 44) + 5 });
  });
});
