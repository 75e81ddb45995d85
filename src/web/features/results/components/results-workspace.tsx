import { Alert, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAlertTriangle, IconFilter, IconFilterOff } from "@tabler/icons-react";
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { currentMonth } from "#domain/month";
import {
  applyFilters,
  countByStatus,
  hasFilters,
  NO_FILTERS,
  toResultRows,
  type CustomerNames,
  type ResellerName,
  type TagRow,
} from "#domain/tag-filters";
import { sortRows } from "#domain/tag-sort";
import type { TagStatus } from "#domain/tag-status";
import type { HideableColumn } from "#domain/results-view";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { tableColumns, visibleColumns } from "../table-columns.ts";
import { useResultsView } from "../use-results-view.ts";
import { ColumnMenu, ExportMenu, FilterDrawer, ResultsFilters } from "./lazy-controls.tsx";
import { PagedTable } from "./paged-table.tsx";
import { ResultCards } from "./result-cards.tsx";
import { PartialNotice, type PartialLoad } from "./partial-notice.tsx";
import { ResultsFooter } from "./results-footer.tsx";
import { LegendContext, ResultsLegend, type LegendToggle } from "./results-legend.tsx";
import { StatusChips } from "./status-chips.tsx";
import { VirtualTable } from "./virtual-table.tsx";
import { useHeightVar } from "../../../lib/use-height-var.ts";
import { foldedFilterCount, usePanelOpen } from "../use-panel-open.ts";
import { useSelection } from "../use-selection.ts";
import { useColumnLayout } from "../use-column-layout.ts";
import { useCellNav } from "../use-cell-nav.ts";
import { copyToClipboard, rowsTsv, SelectionBar } from "./selection-bar.tsx";
import { OpenCustomerContext } from "./open-customer.ts";
import { InsightsSection, InsightsToggle } from "../insights/insights-section.tsx";
import type { LapsesQuery } from "../insights/insights-panel.tsx";
import classes from "./results.module.css";

// "All (scroll)" renders plainly up to this many rows (so the browser's find-in-page sees them
// all) and virtualizes beyond it.
const VIRTUALIZE_ABOVE = 1000;
// Export file names say whose customers: every scope at once is "all".
const ALL_SCOPES_FILE_LABEL = "all";

/**
 * Whose customers the rows are: one scope (the partner's own, or one reseller's), or every scope
 * at once, each row naming its reseller in a Reseller column (`resellerName`, kept stable).
 */
export type ResultsScope =
  | { resellerId?: string; resellerLabel?: string }
  | { all: true; resellerName: ResellerName };

export type ResultsWorkspaceProps = {
  /** The section's id, for a link that moves the focus to the results. */
  id?: string;
  /**
   * The tag rows found (lookup), loaded (browse) or stored (portfolio). Keep the array stable
   * between renders.
   */
  rows: readonly TagRow[];
  /** Whose customers these are: shown in the header and in export file names. */
  scope: ResultsScope;
  /** Customer names when fetched: adds a Name column, and the search matches names too. */
  names?: CustomerNames;
  /** Browse mode with only some pages loaded. */
  partial?: PartialLoad;
  /** The customer-names switch and its progress, shown beside the status chips. */
  namesControl?: ReactNode;
  /** The moment that decides the current month (tests); the real time otherwise. */
  now?: Date;
  /** Opens a customer's details from its ID cell (a button beside the copy button). */
  onOpenCustomer?: (customerId: string) => void;
  /** Where the insights read the customers the store saw turn N (the store's history), if anywhere. */
  lapsesQuery?: LapsesQuery;
};

/** The results screen: status chips, filters, legend, the table, pagination and exports. */
export function ResultsWorkspace({
  id,
  rows,
  scope,
  names,
  partial,
  namesControl,
  now: fixedNow,
  onOpenCustomer,
  lapsesQuery,
}: ResultsWorkspaceProps) {
  const t = useT();
  const titleId = useId();
  const [view, update] = useResultsView();
  const [mountedAt] = useState(() => new Date());
  const now = fixedNow ?? mountedAt;
  const month = currentMonth(now);
  const withNames = names !== undefined;
  const resellerName = "all" in scope ? scope.resellerName : undefined;
  const withResellers = resellerName !== undefined;
  const { filters, sort, soonMonths } = view;
  const isPhone = useMediaQuery("(max-width: 48em)");
  const [drawerOpen, drawer] = useDisclosure(false);
  const [exportError, setExportError] = useState<string>();
  const [panelOpen, setPanelOpen] = usePanelOpen(filters);
  // The toolbar's height, for the table header that sticks under it.
  const cardRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  useHeightVar(toolbarRef, cardRef, "--results-toolbar-height");
  const insightsId = useId();
  const legendId = useId();
  const [legendOpen, setLegendOpen] = useState(false);
  const legend = useMemo<LegendToggle>(
    () => ({ id: legendId, open: legendOpen, setOpen: setLegendOpen }),
    [legendId, legendOpen],
  );

  const derived = useMemo(
    () => toResultRows(rows, { month, soonMonths }, names, resellerName),
    [rows, month, soonMonths, names, resellerName],
  );
  // Without filters (the first render, and after Clear) every row stays: no pass over them.
  const beforeStatus = useMemo(
    () =>
      hasFilters({ ...filters, statuses: [] })
        ? applyFilters(derived, filters, { ignoreStatus: true })
        : derived,
    [derived, filters],
  );
  // The chips' counts without filters are counted once: clearing the filters reuses them.
  const allCounts = useMemo(() => countByStatus(derived), [derived]);
  const counts = useMemo(
    () => (beforeStatus === derived ? allCounts : countByStatus(beforeStatus)),
    [beforeStatus, derived, allCounts],
  );
  const filtered = useMemo(() => {
    if (filters.statuses.length === 0) return beforeStatus;
    const wanted = new Set(filters.statuses);
    return beforeStatus.filter((row) => wanted.has(row.status));
  }, [beforeStatus, filters.statuses]);
  const sorted = useMemo(() => (sort ? sortRows(filtered, sort) : filtered), [filtered, sort]);
  const [layout, setLayout] = useColumnLayout();
  const columns = useMemo(
    () => visibleColumns(withNames, view.hidden, layout, withResellers),
    [withNames, view.hidden, layout, withResellers],
  );
  const available = useMemo(
    () => tableColumns(withNames, withResellers),
    [withNames, withResellers],
  );
  const selection = useSelection(sorted, rows);
  const tableProps = {
    rows: sorted,
    columns,
    view,
    update,
    selection,
    layout,
    onLayout: setLayout,
  };
  // Ctrl/⌘+C in the table copies the ticked rows as a table, unless text is selected on the page
  // (then the browser copies that, as always).
  const tableBox = useRef<HTMLDivElement>(null);
  const cellNav = useCellNav({
    box: tableBox,
    rowCount: sorted.length,
    columnCount: columns.length,
    copyRange: ({ top, bottom, left, right }) => {
      // Column 0 is the tick box: the copy holds the data columns of the rectangle, no header.
      const picked = columns.slice(Math.max(0, left - 1), right);
      if (picked.length === 0) return;
      void copyToClipboard(rowsTsv(sorted.slice(top, bottom + 1), picked, t, soonMonths, false));
    },
  });
  const copyTicked = (event: KeyboardEvent<HTMLDivElement>) => {
    if (cellNav.onKeyDown(event)) return;
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "c") return;
    if (selection.rows.length === 0 || String(window.getSelection() ?? "") !== "") return;
    event.preventDefault();
    void copyToClipboard(rowsTsv(selection.rows, columns, t, soonMonths));
  };
  // Stable callbacks, so the memoized panels render only when their own state changes.
  const onStatuses = useCallback(
    (statuses: TagStatus[]) => update({ filters: { ...filters, statuses } }),
    [update, filters],
  );
  const onHidden = useCallback((hidden: HideableColumn[]) => update({ hidden }), [update]);

  // One pager: over one page of the server's pager, the table shows that whole page.
  const pageSize = partial?.serverPage ? "all" : view.pageSize;
  const pageCount = pageSize === "all" ? 1 : Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(view.page, pageCount);
  // The rows of the page shown (all of them with "all").
  const start = pageSize === "all" ? 0 : (page - 1) * pageSize;
  const count = pageSize === "all" ? sorted.length : pageSize;
  const activeFilters =
    foldedFilterCount(filters) +
    Number(filters.statuses.length > 0) +
    Number(filters.query.trim() !== "");

  const moreId = useId();
  const filterProps = {
    open: isPhone || panelOpen,
    moreId,
    onOpenChange: setPanelOpen,
    filters,
    soonMonths,
    month,
    update,
    rows: derived,
    withNames,
    withResellers,
  };
  let scopeText = t("results.ws.scopeOwn");
  let fileLabel: string | undefined;
  if ("all" in scope) {
    scopeText = t("results.ws.scopeAll");
    fileLabel = ALL_SCOPES_FILE_LABEL;
  } else if (scope.resellerId) {
    fileLabel = scope.resellerLabel ?? scope.resellerId;
    scopeText = t("results.ws.scopeReseller", { name: fileLabel });
  }
  const auditScope = "all" in scope ? "all" : (scope.resellerId ?? "own");
  const exportScope = useMemo(() => ({ text: scopeText, fileLabel, audit: auditScope }), [scopeText, fileLabel, auditScope]);

  return (
    <LegendContext value={legend}>
      <Card
        id={id}
        ref={cardRef}
        tabIndex={id ? -1 : undefined}
        withBorder
        padding="sm"
        radius="md"
        component="section"
        aria-labelledby={titleId}
        // Visible overflow: a clipping card would hold the sticky toolbar and header inside it.
        className={classes.workspace}
      >
        <Stack gap="sm">
          {/* Sticks under the page header while the page scrolls, with the table header under it. */}
          <div className={classes.toolbar} ref={toolbarRef}>
            <Group justify="space-between" align="center" gap="sm">
              <Group gap="xs" align="baseline" miw={0}>
                <Title order={2} size="h5" id={titleId}>
                  {t("results.ws.title")}
                </Title>
                <Text size="sm">
                  {scopeText} ·{" "}
                  {partial
                    ? t("results.ws.countPartial", { shown: sorted.length, loaded: derived.length })
                    : t("results.ws.count", {
                        shown: sorted.length,
                        total: derived.length,
                      })}
                </Text>
              </Group>
              {!isPhone && <ResultsFilters part="line" {...filterProps} />}
              <Group gap="sm">
                {isPhone && (
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconFilter size={16} aria-hidden />}
                    onClick={drawer.open}
                  >
                    {t("results.filter.open", { count: activeFilters })}
                  </Button>
                )}
                <InsightsToggle panelId={insightsId} />
                <ColumnMenu
                  hidden={view.hidden}
                  available={available}
                  onChange={onHidden}
                  columns={columns}
                  layout={layout}
                  onLayout={setLayout}
                />
                <ExportMenu
                  rows={sorted}
                  totalCount={derived.length}
                  view={view}
                  withNames={withNames}
                  withResellers={withResellers}
                  resellerName={resellerName}
                  scope={exportScope}
                  month={month}
                  now={now}
                  loadedOnly={partial?.loadedRows}
                  selected={selection.rows}
                  layout={layout}
                  onError={setExportError}
                />
              </Group>
            </Group>
            {selection.rows.length > 0 && (
              <div className={classes.selectionLine}>
                <SelectionBar selection={selection} columns={columns} soonMonths={soonMonths} />
              </div>
            )}
          </div>

          {exportError && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              role="alert"
              withCloseButton
              onClose={() => setExportError(undefined)}
            >
              {t("results.export.failed", { message: exportError })}
            </Alert>
          )}
          {partial && <PartialNotice partial={partial} />}

          <InsightsSection
            id={insightsId}
            rows={derived}
            filters={filters}
            update={update}
            month={month}
            soonMonths={soonMonths}
            withResellers={withResellers}
            fileLabel={fileLabel}
            lapsesQuery={lapsesQuery}
          />

          <Group justify="space-between" gap="sm" align="center">
            <StatusChips
              counts={counts}
              selected={filters.statuses}
              soonMonths={soonMonths}
              onChange={onStatuses}
            />
            {namesControl}
          </Group>

          {isPhone ? (
            <FilterDrawer
              opened={drawerOpen}
              onClose={drawer.close}
              title={t("results.filter.title")}
            >
              <ResultsFilters part="all" {...filterProps} />
            </FilterDrawer>
          ) : (
            panelOpen && (
              <section aria-label={t("results.filter.title")}>
                <ResultsFilters part="more" {...filterProps} />
              </section>
            )
          )}

          <ResultsLegend month={month} soonMonths={soonMonths} toggle={legend} />

          {/* The ID cells offer the customer's details where the page has them. */}
          <OpenCustomerContext value={onOpenCustomer}>
            {sorted.length === 0 ? (
              <Stack align="center" gap={6} py="xl">
                <Text fw={500}>{t("results.ws.empty")}</Text>
                <Text size="sm">{t("results.ws.emptyHint")}</Text>
                {hasFilters(filters) && (
                  <Button
                    variant="default"
                    leftSection={<IconFilterOff size={16} aria-hidden />}
                    onClick={() => update({ filters: NO_FILTERS })}
                  >
                    {t("results.filter.clear")}
                  </Button>
                )}
              </Stack>
            ) : isPhone ? (
              <ResultCards
                rows={sorted}
                start={start}
                count={count}
                columns={columns}
                sort={view.sort}
                soonMonths={soonMonths}
                update={update}
                selection={selection}
              />
            ) : (
              // oxlint-disable-next-line jsx-a11y/no-static-element-interactions -- keys and clicks of the cells inside: moving between cells, Ctrl+C
              <div onKeyDown={copyTicked} onMouseDown={cellNav.onMouseDown} ref={tableBox}>
                {pageSize === "all" && sorted.length > VIRTUALIZE_ABOVE ? (
                  <VirtualTable {...tableProps} />
                ) : (
                  <PagedTable {...tableProps} start={start} count={count} />
                )}
              </div>
            )}
          </OpenCustomerContext>

          {sorted.length > 0 && !partial?.serverPage && (
            <ResultsFooter
              total={sorted.length}
              page={page}
              pageCount={pageCount}
              pageSize={pageSize}
              onPage={(next) => update({ page: next })}
              onPageSize={(size) => update({ pageSize: size })}
            />
          )}
        </Stack>
      </Card>
    </LegendContext>
  );
}
