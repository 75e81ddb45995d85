// The insights toggle and the place the panel opens in. The panel and the chart library are their
// own chunk: fetched and run when the pointer or focus reaches the toggle, drawn when it is pressed.
// Not React.lazy: a lazy component shows its fallback at least once and React holds a revealed
// fallback for 300 ms, which would double the time to the charts even when the code is ready.
import { Button, Skeleton } from "@mantine/core";
import { IconChartBar, IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import { memo, useEffect, useSyncExternalStore } from "react";
import { ChunkBoundary } from "../../../components/chunk-boundary.tsx";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { useUrlParam } from "../../../lib/url-state.ts";
import type { InsightsPanelProps } from "./insights-panel.tsx";

type PanelModule = typeof import("./insights-panel.tsx");
let module: PanelModule | Error | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function loadPanel(): Promise<void> {
  loading ??= import("./insights-panel.tsx").then(
    (loaded) => {
      module = loaded;
    },
    (error: unknown) => {
      // Shown by the boundary; the next attempt (reload button, or toggling again) fetches again.
      module = error instanceof Error ? error : new Error(String(error));
      loading = undefined;
    },
  ).finally(() => listeners.forEach((listener) => listener()));
  return loading;
}

function usePanelModule(): PanelModule | Error | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => module,
  );
}

// Whether the panel is open lives in the URL (`ins=1`); the toggle and the panel each follow it, so
// opening the panel renders these two and not the whole workspace with its table.

/** The toolbar's Insights button: opens and closes the panel, and fetches its code ahead. */
export const InsightsToggle = memo(function InsightsToggle({ panelId }: { panelId: string }) {
  const t = useT();
  const [open, onChange] = useUrlParam("insights");
  const prefetch = () => {
    if (!(module && !(module instanceof Error))) void loadPanel();
  };
  return (
    <Button
      variant={open ? "light" : "default"}
      leftSection={<IconChartBar size={16} aria-hidden />}
      rightSection={open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => onChange(!open)}
    >
      {t("results.insights.toggle")}
    </Button>
  );
});

function LoadedPanel(props: InsightsPanelProps) {
  const t = useT();
  const loaded = usePanelModule();
  useEffect(() => {
    if (!loaded) void loadPanel();
  }, [loaded]);
  // Thrown for the boundary around, which says the part could not load and offers a reload.
  if (loaded instanceof Error) throw loaded;
  if (!loaded) return <Skeleton height={520} aria-label={t("results.insights.loading")} />;
  return <loaded.InsightsPanel {...props} />;
}

/** The panel when open (nothing otherwise); a skeleton of its height while its code loads. */
export const InsightsSection = memo(function InsightsSection({ id, ...props }: InsightsPanelProps & { id: string }) {
  const t = useT();
  const [open] = useUrlParam("insights");
  if (!open) return null;
  return (
    <section id={id} aria-label={t("results.insights.region")}>
      <ChunkBoundary title={t("results.insights.failed")}>
        <LoadedPanel {...props} />
      </ChunkBoundary>
    </section>
  );
});
