import { useLayoutEffect, type RefObject } from "react";

/**
 * Keeps a CSS custom property on `target` equal to `source`'s height in pixels (for things that
 * stick under a bar whose height depends on the language and the window's width).
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
    const write = () => holder.style.setProperty(name, `${element.offsetHeight}px`);
    write();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(write);
    observer.observe(element);
    return () => observer.disconnect();
  }, [source, target, name]);
}
