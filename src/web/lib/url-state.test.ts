// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flushUrl, readSearchParams, setUrlParams, useUrlParam } from "./url-state.ts";

afterEach(() => {
  flushUrl();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("the view in the URL", () => {
  it("renders a change at once and writes the address bar once after it", async () => {
    const replace = vi.spyOn(window.history, "replaceState");
    const { result } = renderHook(() => useUrlParam("sort"));
    act(() => {
      setUrlParams({ sort: { column: "expire", desc: true } });
      setUrlParams({ page: 3 });
    });
    expect(result.current[0]).toEqual({ column: "expire", desc: true });
    expect(readSearchParams().toString()).toBe("sort=-expire&page=3");
    // Not yet in the address bar: the write waits for a task after the render.
    expect(window.location.search).toBe("");
    await vi.waitFor(() => expect(window.location.search).toBe("?sort=-expire&page=3"));
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it("does not write the address bar when nothing changes", async () => {
    window.history.replaceState(null, "", "/?page=2");
    const replace = vi.spyOn(window.history, "replaceState");
    setUrlParams({ page: 2 });
    flushUrl();
    expect(replace).not.toHaveBeenCalled();
  });

  it("writes a pending change when the page is hidden or closed", () => {
    setUrlParams({ page: 4 });
    window.dispatchEvent(new Event("pagehide"));
    expect(window.location.search).toBe("?page=4");
  });

  it("follows Back and Forward: the address bar wins over a pending change", () => {
    const { result } = renderHook(() => useUrlParam("page"));
    act(() => setUrlParams({ page: 5 }));
    expect(result.current[0]).toBe(5);
    act(() => {
      window.history.replaceState(null, "", "/?page=7");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current[0]).toBe(7);
    flushUrl();
    expect(window.location.search).toBe("?page=7");
  });
});
