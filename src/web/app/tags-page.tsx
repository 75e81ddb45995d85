import { Card, Group, Loader, Stack, Text } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { ChunkBoundary } from "../components/chunk-boundary.tsx";
import { ModeSwitch } from "../features/browse/components/mode-switch.tsx";
import { useBrowse } from "../features/browse/use-browse.ts";
import { useBrowseMode } from "../features/browse/use-browse-mode.ts";
import { NamesBar } from "../features/customers/components/names-bar.tsx";
import { useCustomerNames } from "../features/customers/use-customer-names.ts";
import { lapsesSource } from "../features/portfolio/api/lapses-query.ts";
import { useStoreState } from "../features/health/api/use-store-state.ts";
import { ResellerPicker } from "../features/resellers/components/reseller-picker.tsx";
import { useResellerScope, useScopeLabel } from "../features/resellers/use-reseller-scope.ts";
import { LookupPanel } from "../features/lookup/components/lookup-panel.tsx";
import { useLookup } from "../features/lookup/use-lookup.ts";
import { useT } from "../lib/i18n/i18n-context.ts";
import classes from "./skip-link.module.css";

const RESULTS_ID = "results";

/** Moves the focus to the results (and the page to them) without touching the URL. */
function SkipToResults() {
  const t = useT();
  return (
    <a
      className={classes.skipLink}
      href={`#${RESULTS_ID}`}
      onClick={(event) => {
        event.preventDefault();
        const results = document.getElementById(RESULTS_ID);
        results?.focus();
        results?.scrollIntoView({ block: "start" });
      }}
    >
      {t("page.skipToResults")}
    </a>
  );
}

// The first screen is the input: the results table and the browse pager load when first shown,
// which keeps the initial download small.
const ResultsWorkspace = lazy(() =>
  import("../features/results/components/results-workspace.tsx").then((m) => ({ default: m.ResultsWorkspace })),
);
const BrowsePanel = lazy(() =>
  import("../features/browse/components/browse-panel.tsx").then((m) => ({ default: m.BrowsePanel })),
);
// Portfolio mode brings its own table (every scope at once), What changed and the history drawer.
const PortfolioView = lazy(() => import("./portfolio-view.tsx").then((m) => ({ default: m.PortfolioView })));

function Loading() {
  const t = useT();
  return (
    <Group justify="center" p="xl">
      <Loader size="sm" aria-label={t("page.loading")} />
    </Group>
  );
}

export function TagsPage({ demoMode }: { demoMode: boolean }) {
  const t = useT();
  const [mode] = useBrowseMode();
  const store = useStoreState();
  const scope = useResellerScope();
  const scopeLabel = useScopeLabel();
  const browse = useBrowse({ resellerId: scope.resellerId, enabled: mode === "browse" });
  // Kept while browsing, so switching back shows the last lookup without calling Huawei again.
  const lookup = useLookup();
  let rows = mode === "browse" ? browse.rows : undefined;
  if (mode === "lookup" && lookup.foundRows.length > 0) rows = lookup.foundRows;
  const ids = useMemo(() => rows?.map((row) => row.customer_id) ?? [], [rows]);
  const names = useCustomerNames({ resellerId: scope.resellerId, ids });
  return (
    <Stack gap="sm">
      {rows && <SkipToResults />}
      {/* The scope bar: whose customers, and whether to look up IDs or browse them all. (The page
          has no title of its own: the header names the product.) */}
      <Card withBorder padding={6} radius="md">
        <Group align="center" justify="space-between" gap="sm">
          <div style={{ flex: "1 1 320px" }}>
            {/* The portfolio covers every scope at once: no reseller to choose. */}
            {mode === "portfolio" ? (
              <Text size="sm" px="xs">
                {t("page.portfolioScope")}
              </Text>
            ) : (
              <ResellerPicker />
            )}
          </div>
          {/* Offered once health has said the proxy keeps a store (off: it never will). */}
          <ModeSwitch withPortfolio={store === "ok" || store === "unavailable"} />
        </Group>
      </Card>
      {mode === "browse" && (
        <ChunkBoundary>
          <Suspense fallback={<Loading />}>
            <BrowsePanel browse={browse} />
          </Suspense>
        </ChunkBoundary>
      )}
      {mode === "lookup" && <LookupPanel lookup={lookup} demoMode={demoMode} scopeLabel={scopeLabel} />}
      {mode === "portfolio" && (
        <ChunkBoundary>
          <Suspense fallback={<Loading />}>
            <PortfolioView store={store} resultsId={RESULTS_ID} />
          </Suspense>
        </ChunkBoundary>
      )}
      {rows && (
        <>
          <ChunkBoundary>
            <Suspense fallback={<Loading />}>
              <ResultsWorkspace
                id={RESULTS_ID}
                rows={rows}
                scope={scope}
                names={names.names}
                partial={mode === "browse" ? browse.partial : undefined}
                namesControl={<NamesBar names={names} />}
                // The store's history of tags turning N, where the proxy keeps one.
                lapsesQuery={store === "ok" ? lapsesSource : undefined}
              />
            </Suspense>
          </ChunkBoundary>
        </>
      )}
    </Stack>
  );
}
