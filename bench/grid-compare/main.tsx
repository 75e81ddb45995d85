// The product's results workspace over the grid anchor's 100,000 rows, in "All (scroll)" mode,
// with the app's theme, CSS and the providers it reads (Mantine, i18n; it makes no queries), so ../shared/bench/grid-anchor/bench-aggrid.mjs can
// measure it beside AG Grid in the same run. window.__bench drives the workspace through its own
// view state (the URL parameters the filter panel and the column headers write).
// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { makeRows } from "grid-anchor-rows";
import { StrictMode, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";
import { NO_FILTERS } from "#domain/tag-filters";
import { loadCatalog } from "../../src/web/app/i18n/load-catalog.ts";
import { I18nProvider } from "../../src/web/lib/i18n/i18n-provider.tsx";
import type { Locale } from "../../src/web/lib/i18n/locale.ts";
import { theme } from "../../src/web/app/theme.ts";
import { ResultsWorkspace } from "../../src/web/features/results/components/results-workspace.tsx";
import { setUrlParams, useSearchString } from "../../src/web/lib/url-state.ts";
import { viewParams } from "../../src/web/features/results/view-params.ts";

// "All (scroll)", unsorted and unfiltered, before anything renders. For screenshots, `?locale=`,
// `?scheme=` and a page size may be given.
const asked = new URLSearchParams(window.location.search);
const locale: Locale = asked.get("locale") === "zh-CN" ? "zh-CN" : "en";
const scheme = asked.get("scheme") === "dark" ? "dark" : "light";
window.history.replaceState(
  null,
  "",
  `${window.location.pathname}?size=${asked.get("size") ?? "all"}`,
);

// The language loads while the rows are made, as the app's entry loads it while it starts.
const catalog = loadCatalog(locale);
const ROWS = makeRows(); // generated in the page, before the first render, as AG Grid's page does

type Filter = { tag: "Y" | "N" | "UNDETERMINED"; expireFrom: string; expireTo: string };

// Resolved by <Committed> once React has committed the view the URL asks for.
const waiters = new Set<() => void>();
function untilCommitted(act: () => void): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    waiters.add(() => resolve(performance.now() - start));
    act();
  });
}

const table = () => document.querySelector<HTMLTableElement>("table[aria-rowcount]");
const bodyRows = () => table()?.querySelectorAll("tbody tr[aria-rowindex]") ?? [];

const bench = {
  name: "newtag results workspace",
  ready: false,
  rowCount: () => bodyRows().length,
  // The table's own model: aria-rowcount is every filtered row plus the header row.
  displayedCount: () => Number(table()?.getAttribute("aria-rowcount") ?? 1) - 1,
  // The table scrolls with the page.
  scroller: () => document.scrollingElement as HTMLElement | null,
  topRowText: () => bodyRows()[0]?.textContent ?? "",
  filter: ({ tag, expireFrom, expireTo }: Filter) =>
    untilCommitted(() =>
      setUrlParams(
        viewParams({
          filters: { ...NO_FILTERS, tags: [tag], expire: { from: expireFrom, to: expireTo } },
          page: 1,
        }),
      ),
    ),
  clearFilter: () =>
    untilCommitted(() => setUrlParams(viewParams({ filters: NO_FILTERS, page: 1 }))),
  sort: ({ dir = "asc" }: { key?: "expire_time"; dir?: "asc" | "desc" } = {}) =>
    untilCommitted(() =>
      setUrlParams(viewParams({ sort: { column: "expire", desc: dir === "desc" } })),
    ),
  clearSort: () => untilCommitted(() => setUrlParams(viewParams({ sort: undefined }))),
};
// The harness's contract names it window.__bench.
Object.assign(window, { ["__bench"]: bench });

/** Resolves the hooks' promises in the commit that follows a URL change (after the workspace's). */
function Committed() {
  // Re-rendered (and so committed) only when the URL's view changes.
  useSearchString();
  useLayoutEffect(() => {
    for (const resolve of waiters) resolve();
    waiters.clear();
  });
  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      bench.ready = true;
    });
  }, []);
  return null;
}

const catalogs = { [locale]: await catalog };
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme={scheme}>
      <I18nProvider locale={locale} catalogs={catalogs} loadCatalog={loadCatalog}>
        <div style={{ padding: 16 }}>
          <ResultsWorkspace rows={ROWS} scope={{}} />
        </div>
        <Committed />
      </I18nProvider>
    </MantineProvider>
  </StrictMode>,
);
