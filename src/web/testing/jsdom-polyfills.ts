// jsdom lacks the browser APIs Mantine relies on; these stand-ins only need to not throw.
export function installJsdomPolyfills(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }

  if (!window.ResizeObserver) {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }

  // Textarea autosize listens for web fonts finishing loading.
  if (!("fonts" in document)) {
    Object.defineProperty(document, "fonts", { value: new EventTarget(), configurable: true });
  }

  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = () => {};
  }
}
