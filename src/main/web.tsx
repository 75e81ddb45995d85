// Mantine's global styles are a side effect by nature.
// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/core/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../web/app/app.tsx";
import { loadCatalog } from "../web/app/i18n/load-catalog.ts";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { initialLocale } from "../web/lib/i18n/locale.ts";
import { PORTFOLIO_FIRST_PATH } from "../web/features/portfolio/api/portfolio-query.ts";
import { preloadGet } from "../web/lib/preload.ts";

// The browser composition. Demo data in development unless VITE_MOCKS=off; the dynamic import
// keeps msw and the fake BSS out of the production build.
async function startMocks(): Promise<void> {
  if (import.meta.env.DEV && import.meta.env.VITE_MOCKS !== "off") {
    const { startBrowserMocks } = await import("../mocks/browser.ts");
    await startBrowserMocks();
  }
}

// A page opened on the portfolio asks for its rows and code at once, beside the app's own start,
// instead of after the health answer and the mode's lazy chunk (100,000 rows are 2 MB).
function preloadPortfolio(): void {
  if (new URLSearchParams(window.location.search).get("mode") !== "portfolio") return;
  preloadGet(PORTFOLIO_FIRST_PATH);
  preloadGet(PROXY_PATHS.portfolio);
  void import("../web/app/portfolio-view.tsx");
}

async function main(): Promise<void> {
  const mocked = import.meta.env.DEV && import.meta.env.VITE_MOCKS !== "off";
  // With msw the request must wait until the mocks answer; against the proxy it goes now.
  if (!mocked) preloadPortfolio();
  // Without mocks the app still works against the real proxy, so a failed start is only a warning.
  const locale = initialLocale();
  const [catalog] = await Promise.all([
    loadCatalog(locale),
    startMocks().catch((error: unknown) => console.warn("Demo mocks did not start:", error)),
  ]);
  if (mocked) preloadPortfolio();
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root element");
  createRoot(root).render(
    <StrictMode>
      <App locale={locale} catalogs={{ [locale]: catalog }} />
    </StrictMode>,
  );
}

void main();
