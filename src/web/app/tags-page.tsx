import { Card, Group, Loader, Stack } from "@mantine/core";
import { lazy, Suspense, useMemo } from "react";
import { ChunkBoundary } from "../components/chunk-boundary.tsx";
import { ModeSwitch } from "../features/browse/components/mode-switch.tsx";
import { useBrowse } from "../features/browse/use-browse.ts";
import { useBrowseMode } from "../features/browse/use-browse-mode.ts";
import { NamesBar } from "../features/customers/components/names-bar.tsx";
import { useCustomerNames } from "../features/customers/use-customer-names.ts";
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

function Loading() {
  const t = useT();
  return (
    <Group justify="center" p="xl">
      <Loader size="sm" aria-label={t("page.loading")} />
    </Group>
  );
}

export function TagsPage({ demoMode }: { demoMode: boolean }) {
  const [mode] = useBrowseMode();
  const scope = useResellerScope();
  const scopeLabel = useScopeLabel();
  const browse = useBrowse({ resellerId: scope.resellerId, enabled: mode === "browse" });
  // Kept while browsing, so switching back shows the last lookup without calling Huawei again.
  const lookup = useLookup();
  const rows = mode === "browse" ? browse.rows : lookup.foundRows.length > 0 ? lookup.foundRows : undefined;
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
            <ResellerPicker />
          </div>
          <ModeSwitch />
        </Group>
      </Card>
      {mode === "browse" ? (
        <ChunkBoundary>
          <Suspense fallback={<Loading />}>
            <BrowsePanel browse={browse} />
          </Suspense>
        </ChunkBoundary>
      ) : (
        <LookupPanel lookup={lookup} demoMode={demoMode} scopeLabel={scopeLabel} />
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
              />
            </Suspense>
          </ChunkBoundary>
        </>
      )}
    </Stack>
  );
}
