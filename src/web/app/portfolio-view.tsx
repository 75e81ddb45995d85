import { Group, Loader, Stack, Text } from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { StoreState } from "../features/health/api/use-store-state.ts";
import { lapsesSource } from "../features/portfolio/api/lapses-query.ts";
import { CustomerDrawer } from "../features/portfolio/components/customer-drawer.tsx";
import { PortfolioChanges } from "../features/portfolio/components/portfolio-changes.tsx";
import { PortfolioPanel } from "../features/portfolio/components/portfolio-panel.tsx";
import { useOpenCustomer } from "../features/portfolio/use-open-customer.ts";
import { usePortfolio } from "../features/portfolio/use-portfolio.ts";
import { useResellerName } from "../features/portfolio/use-reseller-name.ts";
import { useScopeLabel } from "../features/resellers/use-reseller-scope.ts";
import { useT } from "../lib/i18n/i18n-context.ts";
import {
  ResultsWorkspace,
  type ResultsScope,
} from "../features/results/components/results-workspace.tsx";

type PortfolioViewProps = {
  /** What health said of the store; undefined until it answered. */
  store: StoreState | undefined;
  /** The results section's id, for the page's skip link. */
  resultsId: string;
};

/**
 * Portfolio mode, loaded when first shown: the sync and freshness above, What changed, then every
 * scope's rows in the results workspace with a Reseller column, and the customer history drawer
 * that both open.
 */
export function PortfolioView({ store, resultsId }: PortfolioViewProps) {
  const t = useT();
  const portfolio = usePortfolio(store);
  // The rows name every reseller: read the list the picker would have read.
  const scopeLabel = useScopeLabel({ load: true });
  const resellerName = useResellerName(scopeLabel);
  const [, setCustomer] = useOpenCustomer();
  const openCustomer = useCallback((customerId: string) => setCustomer(customerId), [setCustomer]);
  const scope = useMemo<ResultsScope>(() => ({ all: true, resellerName }), [resellerName]);
  // The first rows until the whole portfolio has been read (then always the whole).
  const whole = portfolio.rows.data?.rows;
  const first = portfolio.firstRows.data;
  const rows = whole ?? first?.rows;
  // What changed is asked for once the rows have painted: after a first sync its answer holds
  // up to 20,000 events, whose parsing would otherwise hold back the table's first rows.
  const [changesWanted, setChangesWanted] = useState(false);
  const rowsReady = portfolio.rows.isSuccess;
  useEffect(() => {
    if (!rowsReady || changesWanted) return;
    const frame = requestAnimationFrame(() => setChangesWanted(true));
    return () => cancelAnimationFrame(frame);
  }, [rowsReady, changesWanted]);
  return (
    <Stack gap="sm">
      <PortfolioPanel portfolio={portfolio} />
      {rowsReady && changesWanted && (
        <PortfolioChanges resellerName={resellerName} onOpenCustomer={openCustomer} />
      )}
      {!whole && first && first.rows.length > 0 && (
        <Group gap="xs" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t("portfolio.firstRows", { shown: first.rows.length, total: first.total ?? first.rows.length })}
          </Text>
        </Group>
      )}
      {rows && rows.length > 0 && (
        <ResultsWorkspace
          id={resultsId}
          rows={rows}
          scope={scope}
          onOpenCustomer={openCustomer}
          lapsesQuery={lapsesSource}
        />
      )}
      <CustomerDrawer resellerName={resellerName} />
    </Stack>
  );
}
