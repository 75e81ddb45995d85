import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";

/** The rows to render: indexes `first` to `last` inclusive (`last` < `first` when there are none). */
export type RowWindow = { first: number; last: number };

/**
 * Which rows of a list of fixed-height rows are in view in a scrolling box, plus `overscan` rows on
 * each side. Arithmetic on the scroll position: nothing is measured or stored per row, so a list
 * of 100,000 rows costs what a list of 40 does when it is filtered, sorted or cleared.
 */
export function rowWindow(
  scrollTop: number,
  viewHeight: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count - 1, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count - 1, Math.ceil((top + Math.max(0, viewHeight)) / rowHeight) + overscan);
  return { first, last };
}

type Box = { top: number; height: number };

/**
 * `rowWindow` of a scrolling element, kept current as it scrolls or changes size; with `page`,
 * of an element that scrolls with the page (the window is the box, and the element's distance
 * above the window's top is how far it is scrolled). The first render assumes `initialHeight`
 * (the box is not measured yet), so it already holds the rows in view. A scroll renders only when
 * it changes which rows are in the window, and then before the frame is painted, never a frame of
 * blank space.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
  initialHeight: number,
  page = false,
): RowWindow {
  // The box as of the last change of window: within one window its top may lag by part of a row.
  const [box, setBox] = useState<Box>({ top: 0, height: initialHeight });
  const sizes = useRef({ count, rowHeight, overscan });
  const shown = useRef(box);
  useLayoutEffect(() => {
    sizes.current = { count, rowHeight, overscan };
    shown.current = box;
  });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const windowOf = ({ top, height }: Box) => {
      const { count: n, rowHeight: h, overscan: o } = sizes.current;
      return rowWindow(top, height, n, h, o);
    };
    const measure = (): Box =>
      page
        ? { top: Math.max(0, -element.getBoundingClientRect().top), height: window.innerHeight }
        : { top: element.scrollTop, height: element.clientHeight };
    const moved = (current: Box): Box => {
      const next = measure();
      const a = windowOf(current);
      const b = windowOf(next);
      return a.first === b.first && a.last === b.last && current.height === next.height ? current : next;
    };
    // Renders only when the rows change: a scroll within the window costs no render at all.
    const follow = (sync: boolean) => {
      const next = moved(shown.current);
      if (next === shown.current) return;
      shown.current = next;
      if (sync) flushSync(() => setBox(next));
      else setBox(next);
    };
    const onScroll = () => follow(true);
    const onResize = () => follow(false);
    const scroller = page ? window : element;
    scroller.addEventListener("scroll", onScroll, { passive: true });
    if (page) window.addEventListener("resize", onResize);
    // The first measurement waits for the observer's first report, which comes after the
    // browser's own layout and before the paint: measuring here, while committing, forced a
    // layout of the whole new table inside the render's task (the longest task before the first
    // rows). A window that turns out different is rendered at once, before that paint.
    const observer =
      typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(() => follow(true));
    if (observer) observer.observe(element);
    else follow(false);
    return () => {
      scroller.removeEventListener("scroll", onScroll);
      if (page) window.removeEventListener("resize", onResize);
      observer?.disconnect();
    };
  }, [scrollRef, page]);

  return rowWindow(box.top, box.height, count, rowHeight, overscan);
}
