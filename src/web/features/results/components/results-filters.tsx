import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconFilterOff } from "@tabler/icons-react";
import { lazy, memo, Suspense, useMemo } from "react";
import { MAX_SOON_MONTHS, TAG_STATUSES, TAG_VALUES, type TagStatus } from "#domain/tag-status";
import {
  hasFilters,
  NO_FILTERS,
  resellerKeyOf,
  tagTypesOf,
  type ResultFilters,
  type ResultRow,
} from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { ChunkBoundary } from "../../../components/chunk-boundary.tsx";
import { currentFilters, type UpdateView } from "../use-results-view.ts";
import { foldedFilterCount } from "../use-panel-open.ts";
import { statusText, tagFilterText } from "../status-text.ts";
import { SearchFilter } from "./search-filter.tsx";

const MonthFilters = lazy(() =>
  import("./month-filters.tsx").then((module) => ({ default: module.MonthFilters })),
);

type ResultsFiltersProps = {
  /**
   * Which part: the line (search, "More filters", Clear all) for the toolbar, the filters it
   * unfolds (nothing while folded), or everything stacked (the phone's drawer).
   */
  part: "line" | "more" | "all";
  /** Whether the filters beyond the search show. */
  open: boolean;
  /** The id of the unfolded part, which "More filters" controls. */
  moreId: string;
  onOpenChange: (open: boolean) => void;
  filters: ResultFilters;
  soonMonths: number;
  /** The current month (China Standard Time), for the month filters' quick ranges. */
  month: string;
  update: UpdateView;
  /** The tag types present in the rows, "" for none. */
  /** Every row of the workspace: the tag types to choose from are theirs. */
  rows: readonly ResultRow[];
  withNames: boolean;
  /** The rows span scopes (the portfolio): whose customers can be chosen too. */
  withResellers?: boolean;
};

// The scopes among the rows, as options: "-" stands for the partner's own (Mantine needs
// non-empty values), labelled as the Reseller column labels them.
function resellerOptions(rows: readonly ResultRow[], chosen: readonly string[]): { value: string; label: string }[] {
  const labels = new Map<string, string>();
  for (const row of rows) {
    const key = resellerKeyOf(row);
    if (!labels.has(key)) labels.set(key, row.reseller ?? key);
  }
  for (const key of chosen) if (!labels.has(key)) labels.set(key, key || "-");
  return [...labels]
    .map(([key, label]) => ({ value: key || "-", label }))
    .sort((a, b) => (a.value === "-" ? -1 : b.value === "-" ? 1 : a.label.localeCompare(b.label)));
}

/**
 * Every filter of the workspace, and the one button that clears them all; on a wide screen one line
 * (the search, "More filters" and Clear all) until unfolded. Memoized: sorting,
 * paging or scrolling the table does not render the panel (and its month pickers) again.
 */
export const ResultsFilters = memo(function ResultsFilters({
  part,
  open,
  moreId,
  onOpenChange,
  filters,
  soonMonths,
  month,
  update,
  rows,
  withNames,
  withResellers = false,
}: ResultsFiltersProps) {
  const t = useT();
  // The panel may show the filters a frame late (the table goes first): a change builds on the
  // URL's filters of the moment, never on the ones this render shows.
  const set = (changes: Partial<ResultFilters>) =>
    update({ filters: { ...currentFilters(), ...changes } });
  // Counted here, in the panel's own chunk, rather than before the table's first rows.
  const tagTypes = useMemo(() => (part === "line" ? [] : tagTypesOf(rows)), [part, rows]);
  const typeOptions = [...new Set([...tagTypes, ...filters.tagTypes])];
  const resellers = useMemo(
    () => (part === "line" || !withResellers ? [] : resellerOptions(rows, filters.resellers)),
    [part, withResellers, rows, filters.resellers],
  );

  const search = (
    <SearchFilter
      value={filters.query}
      onChange={(query) => set({ query })}
      withNames={withNames}
      compact={part === "line"}
    />
  );
  const clear = (
    <Button
      variant="default"
      leftSection={<IconFilterOff size={16} aria-hidden />}
      disabled={!hasFilters(filters)}
      onClick={() => update({ filters: NO_FILTERS })}
    >
      {t("results.filter.clear")}
    </Button>
  );
  const folded = foldedFilterCount(filters);

  if (part === "line") {
    return (
      <Group gap="sm" wrap="nowrap" style={{ flex: "1 1 460px" }}>
        <div style={{ flex: "1 1 300px", minWidth: 160, maxWidth: 420 }}>{search}</div>
        <Button
          variant={folded > 0 ? "light" : "default"}
          aria-expanded={open}
          aria-controls={moreId}
          rightSection={open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
          onClick={() => onOpenChange(!open)}
          style={{ flexShrink: 0 }}
        >
          {t("results.filter.more", { count: folded })}
        </Button>
        <div style={{ flexShrink: 0 }}>{clear}</div>
      </Group>
    );
  }

  return (
    <Stack gap="sm">
      {part === "all" && search}
      {open && (
        <Stack gap="sm" id={moreId}>
          <SimpleGrid cols={{ base: 1, sm: withResellers ? 4 : 3 }} spacing="sm">
            <MultiSelect
              label={t("results.filter.status")}
              placeholder={filters.statuses.length ? undefined : t("results.filter.any")}
              data={TAG_STATUSES.map((status) => ({
                value: status,
                label: statusText(t, status, soonMonths),
              }))}
              value={[...filters.statuses]}
              onChange={(value) =>
                set({ statuses: TAG_STATUSES.filter((s) => value.includes(s)) as TagStatus[] })
              }
              clearable
            />
            <MultiSelect
              label={t("results.filter.tag")}
              placeholder={filters.tags.length ? undefined : t("results.filter.any")}
              data={TAG_VALUES.map((value) => ({ value, label: tagFilterText(t, value) }))}
              value={[...filters.tags]}
              onChange={(value) => set({ tags: TAG_VALUES.filter((v) => value.includes(v)) })}
              clearable
            />
            <MultiSelect
              label={t("results.filter.tagType")}
              placeholder={filters.tagTypes.length ? undefined : t("results.filter.any")}
              // Mantine needs non-empty option values: "-" stands for a row without a type.
              data={typeOptions.map((type) => ({
                value: type || "-",
                label: type || t("results.filter.tagTypeNone"),
              }))}
              value={filters.tagTypes.map((type) => type || "-")}
              onChange={(value) => set({ tagTypes: value.map((type) => (type === "-" ? "" : type)) })}
              clearable
            />
            {withResellers && (
              <MultiSelect
                label={t("results.filter.reseller")}
                placeholder={filters.resellers.length ? undefined : t("results.filter.any")}
                data={resellers}
                value={filters.resellers.map((id) => id || "-")}
                onChange={(value) => set({ resellers: value.map((id) => (id === "-" ? "" : id)) })}
                searchable
                clearable
              />
            )}
          </SimpleGrid>
          <ChunkBoundary title={t("results.filter.monthsFailed")}>
            <Suspense
              fallback={<Skeleton height={112} aria-label={t("results.filter.loadingMonths")} />}
            >
              <MonthFilters
                month={month}
                effective={filters.effective}
                expire={filters.expire}
                onChange={(changes) => set(changes)}
              />
            </Suspense>
          </ChunkBoundary>
          <Group gap="sm" justify="space-between" align="flex-end">
            <Group gap={8} align="center" wrap="nowrap">
              <Text size="sm" component="label" htmlFor="results-soon-months">
                {t("results.filter.soon")}
              </Text>
              <NumberInput
                id="results-soon-months"
                w={80}
                size="xs"
                min={1}
                max={MAX_SOON_MONTHS}
                clampBehavior="strict"
                allowDecimal={false}
                value={soonMonths}
                onChange={(value) =>
                  typeof value === "number" && value >= 1 && update({ soonMonths: value })
                }
              />
              <Text size="sm">{t("results.filter.soonUnit")}</Text>
            </Group>
            {part === "all" && clear}
          </Group>
        </Stack>
      )}
    </Stack>
  );
});
