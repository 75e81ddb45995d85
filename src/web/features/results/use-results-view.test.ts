// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { NO_FILTERS } from "#domain/tag-filters";
import { flushUrl, setUrlParams } from "../../lib/url-state.ts";
import { currentFilters } from "./use-results-view.ts";
import { viewParams } from "./view-params.ts";

afterEach(() => {
  flushUrl();
  window.history.replaceState(null, "", "/");
});

describe("currentFilters", () => {
  it("reads the filters of the moment, a change not yet in the address bar included", () => {
    window.history.replaceState(null, "", "/?tag=N&sort=expire");
    setUrlParams(viewParams({ filters: { ...NO_FILTERS, tags: ["N"], statuses: ["expired"] } }));
    // What a panel that renders a frame late builds on: the chip's status is not lost.
    expect(currentFilters()).toEqual({ ...NO_FILTERS, tags: ["N"], statuses: ["expired"] });
    expect(window.location.search).toBe("?tag=N&sort=expire");
  });

  it("reads no filters from a URL without any", () => {
    window.history.replaceState(null, "", "/?sort=-expire&page=2");
    expect(currentFilters()).toEqual(NO_FILTERS);
  });
});
