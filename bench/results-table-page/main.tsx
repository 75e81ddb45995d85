// A page for bench/results-table.ts only (served by Vite's dev server, never built into the app):
// the results workspace over 100,000 generated rows, in the app's providers.
// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createRoot } from "react-dom/client";
import { en } from "../../src/web/app/i18n/catalog.en.ts";
import { compileCatalog } from "../../src/web/lib/i18n/compile.ts";
import { I18nProvider } from "../../src/web/lib/i18n/i18n-provider.tsx";
import { theme } from "../../src/web/app/theme.ts";
import { ResultsWorkspace, type ResultsScope } from "../../src/web/features/results/components/results-workspace.tsx";
import { benchRows } from "./rows.ts";

const params = new URLSearchParams(window.location.search);
const count = Number(params.get("rows") ?? "100000");
// `scope=all`: every row names its reseller, as in the portfolio (a Reseller column, the insights by reseller).
const spanning = params.get("scope") === "all";
const now = new Date();
const rows = benchRows(count, now, spanning);
const scope: ResultsScope = spanning ? { all: true, resellerName: (id) => id ?? "Own customers" } : {};
const catalog = compileCatalog("en", en);
const root = document.getElementById("root");
if (!root) throw new Error("no #root");
createRoot(root).render(
  <MantineProvider theme={theme}>
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider locale="en" catalogs={{ en: catalog }} loadCatalog={() => Promise.resolve(catalog)}>
        <div style={{ padding: 16 }}>
          <ResultsWorkspace rows={rows} scope={scope} now={now} />
        </div>
      </I18nProvider>
    </QueryClientProvider>
  </MantineProvider>,
);
