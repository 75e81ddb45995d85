// The workspace's controls that need Mantine's floating and overlay machinery (selects, menus,
// popovers, the phone drawer) load as their own chunk, after the table's first rows: the table
// is what people wait for, and these arrive a moment later in the same place, at the same size.
import { Button } from "@mantine/core";
import { IconChevronDown, IconColumns, IconDownload } from "@tabler/icons-react";
import { lazy, Suspense, useDeferredValue, useMemo, type ComponentProps } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import classes from "./results.module.css";

const LazyFilters = lazy(() =>
  import("./results-filters.tsx").then((module) => ({ default: module.ResultsFilters })),
);
const LazyColumnMenu = lazy(() =>
  import("./column-menu.tsx").then((module) => ({ default: module.ColumnMenu })),
);
const LazyExportMenu = lazy(() =>
  import("./export-menu.tsx").then((module) => ({ default: module.ExportMenu })),
);
const LazyFilterDrawer = lazy(() =>
  import("./filter-drawer.tsx").then((module) => ({ default: module.FilterDrawer })),
);

/**
 * The filter panel; until it has loaded, an empty box of its height. The table shows a filter
 * change first; the panel's many inputs follow in a render of their own, which React may
 * interrupt (what the panel sets builds on the URL's filters, not on these). Deferred here rather
 * than in the workspace, so that the follow-up render is the panel's alone.
 */
export function ResultsFilters({ filters, ...props }: ComponentProps<typeof LazyFilters>) {
  const deferred = useDeferredValue(filters);
  // The search box's text stays live: typing must never meet an older value coming back.
  const shown = useMemo(
    () => (deferred.query === filters.query ? deferred : { ...deferred, query: filters.query }),
    [deferred, filters.query],
  );
  return (
    <Suspense fallback={<div className={classes.filtersPlaceholder} />}>
      <LazyFilters {...props} filters={shown} />
    </Suspense>
  );
}

// Until a menu has loaded, its button shows as loading: a click on it could do nothing yet.
/** The column menu; until it has loaded, its button, loading. */
export function ColumnMenu(props: ComponentProps<typeof LazyColumnMenu>) {
  const t = useT();
  return (
    <Suspense
      fallback={
        <Button variant="default" loading leftSection={<IconColumns size={16} aria-hidden />}>
          {t("results.table.columns")}
        </Button>
      }
    >
      <LazyColumnMenu {...props} />
    </Suspense>
  );
}

/** The export menu; until it has loaded, its button, loading. */
export function ExportMenu(props: ComponentProps<typeof LazyExportMenu>) {
  const t = useT();
  return (
    <Suspense
      fallback={
        <Button
          loading
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          disabled={props.rows.length === 0}
        >
          {t("results.export.button")}
        </Button>
      }
    >
      <LazyExportMenu {...props} />
    </Suspense>
  );
}

/** The phone's filter drawer; nothing shows until it has loaded (it opens on a tap). */
export function FilterDrawer(props: ComponentProps<typeof LazyFilterDrawer>) {
  return (
    <Suspense fallback={null}>
      <LazyFilterDrawer {...props} />
    </Suspense>
  );
}
