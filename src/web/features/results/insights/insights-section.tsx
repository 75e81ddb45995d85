// The insights toggle and the place the panel opens in. The panel and the chart library are their
// own chunk: fetched and run when the pointer or focus reaches the toggle, drawn when it is pressed.
// Not React.lazy: a lazy component shows its fallback at least once and React holds a revealed
// fallback for 300 ms, which would double the time to the charts even when the code is ready.
import { Button, Skeleton } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { memo, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { ChunkBoundary } from "../../../components/chunk-boundary.tsx";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { useUrlParam } from "../../../lib/url-state.ts";
import type { InsightsPanelProps } from "./insights-panel.tsx";

type PanelModule = typeof import("./insights-panel.tsx");
let module: PanelModule | Error | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
// Whether the chart library has drawn once in this page (see ChartWarmUp).
let warmed = false;
// Whether the pointer or the focus has reached the toggle: the panel is about to be asked for.
let intent = false;

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

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function usePanelModule(): PanelModule | Error | undefined {
  return useSyncExternalStore(subscribe, () => module);
}

function useIntent(): boolean {
  return useSyncExternalStore(subscribe, () => intent);
}

// Whether the panel is open lives in the URL (`ins=1`); the toggle and the panel each follow it, so
// opening the panel renders these two and not the whole workspace with its table.

/** The toolbar's Insights button: opens and closes the panel, and fetches its code ahead. */
export const InsightsToggle = memo(function InsightsToggle({ panelId }: { panelId: string }) {
  const t = useT();
  const [open, onChange] = useUrlParam("insights");
  const loaded = usePanelModule();
  // Asked for by the pointer or the focus reaching the button: fetch the code, then warm it up.
  const [wanted, setWanted] = useState(false);
  const warmedUp = useCallback(() => {
    warmed = true;
    setWanted(false);
  }, []);
  const prefetch = () => {
    if (warmed || open) return;
    if (!intent) {
      intent = true;
      listeners.forEach((listener) => listener());
    }
    setWanted(true);
    // Fetches once; again only after a failure.
    void loadPanel();
  };
  const warm = wanted && !open && !warmed && loaded !== undefined && !(loaded instanceof Error);
  return (
    <>
      {warm && <loaded.ChartWarmUp onDone={warmedUp} />}
      <Button
      variant={open ? "light" : "default"}
      leftSection={<IconChartBar size={16} aria-hidden />}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => onChange(!open)}
    >
      {t("results.insights.toggle")}
    </Button>
    </>
  );
});

function LoadedPanel(props: InsightsPanelProps) {
  const t = useT();
  const loaded = usePanelModule();
  useEffect(() => {
    if (!loaded) void loadPanel();
    // The panel itself has drawn: nothing left to warm up.
    else if (!(loaded instanceof Error)) warmed = true;
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
  const loaded = usePanelModule();
  const about = useIntent();
  const { rows, month } = props;
  const ownLabel = t("results.insights.own");
  // The panel is about to be asked for: count its figures now, while the pointer rests.
  useEffect(() => {
    if (open || !about || !loaded || loaded instanceof Error) return;
    const timer = setTimeout(() => loaded.prepareInsights(rows, month, undefined, ownLabel), 0);
    return () => clearTimeout(timer);
  }, [open, about, loaded, rows, month, ownLabel]);
  if (!open) return null;
  return (
    <section id={id} aria-label={t("results.insights.region")}>
      <ChunkBoundary title={t("results.insights.failed")}>
        <LoadedPanel {...props} />
      </ChunkBoundary>
    </section>
  );
});
