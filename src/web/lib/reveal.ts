/**
 * Scrolls `element` into view when its top is below the fold, as happens on phones where the
 * results card sits under the input card; on wide screens it is already visible and nothing moves.
 */
export function revealIfBelowFold(element: HTMLElement | null): void {
  if (!element) return;
  if (element.getBoundingClientRect().top > window.innerHeight * 0.75) {
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" });
  }
}
