import { useLayoutEffect, type RefObject } from "react";

/**
 * Keeps a CSS custom property on `target` equal to `source`'s height in pixels (for things that
 * stick under a bar whose height depends on the language and the window's width). Written when
 * the ResizeObserver reports the height, after the browser's own layout and before the paint:
 * reading it while committing forced a layout of everything just rendered (100,000 rows' first
 * render spent about 80 ms there).
 */
export function useHeightVar(
  source: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  name: `--${string}`,
): void {
  useLayoutEffect(() => {
    const element = source.current;
    const holder = target.current;
    if (!element || !holder) return;
    const write = (height: number) => {
      const value = `${Math.round(height)}px`;
      if (holder.style.getPropertyValue(name) !== value) holder.style.setProperty(name, value);
    };
    if (typeof ResizeObserver === "undefined") return write(element.offsetHeight);
    const observer = new ResizeObserver(([entry]) =>
      write(entry?.borderBoxSize?.[0]?.blockSize ?? element.offsetHeight),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [source, target, name]);
}
