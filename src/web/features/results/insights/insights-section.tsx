// The insights toggle and the place the panel opens in. The panel and the chart library are their
// own chunk: fetched and run when the pointer or focus reaches the toggle, which also draws the
// panel out of sight, so that pressing the toggle only reveals it.
// Not React.lazy: a lazy component shows its fallback at least once and React holds a revealed
// fallback for 300 ms, which would double the time to the charts even when the code is ready.
import { Button, Skeleton } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { memo, startTransition, useEffect, useState, useSyncExternalStore } from "react";
import type { ResultRow } from "#domain/tag-filters";
import { ChunkBoundary } from "../../../components/chunk-boundary.tsx";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { useUrlParam } from "../../../lib/url-state.ts";
import type { InsightsPanelProps } from "./insights-panel.tsx";
import classes from "./insights-section.module.css";

type PanelModule = typeof import("./insights-panel.tsx");
let module: PanelModule | Error | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
// How many times the pointer or the focus has reached the toggle: each time, the panel is about
// to be asked for. While either rests there, a change of the results (their names arriving, the
// next batch) is drawn ahead too.
let intents = 0;
let resting = false;
const notify = () => listeners.forEach((listener) => listener());

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
  ).finally(notify);
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function usePanelModule(): PanelModule | Error | undefined {
  return useSyncExternalStore(subscribe, () => module);
}

function useIntents(): number {
  return useSyncExternalStore(subscribe, () => intents);
}

function useResting(): boolean {
  return useSyncExternalStore(subscribe, () => resting);
}

function setResting(on: boolean): void {
  if (resting === on) return;
  resting = on;
  notify();
}

// Whether the panel is open lives in the URL (`ins=1`); the toggle and the panel each follow it, so
// opening the panel renders these two and not the whole workspace with its table.

/** The toolbar's Insights button: opens and closes the panel, and fetches its code ahead. */
export const InsightsToggle = memo(function InsightsToggle({ panelId }: { panelId: string }) {
  const t = useT();
  const [open, onChange] = useUrlParam("insights");
  // Asked for by the pointer or the focus reaching the button: fetch the code, and draw ahead.
  const prefetch = () => {
    setResting(true);
    if (open) return;
    intents += 1;
    notify();
    // Fetches once; again only after a failure.
    void loadPanel();
  };
  const leave = () => setResting(false);
  return (
    <Button
      variant={open ? "light" : "default"}
      leftSection={<IconChartBar size={16} aria-hidden />}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onPointerLeave={leave}
      onBlur={leave}
      onClick={() => onChange(!open)}
    >
      {t("results.insights.toggle")}
    </Button>
  );
});

// Memoised: opening a panel drawn ahead changes the section around it, not the panel.
const LoadedPanel = memo(function LoadedPanel(props: InsightsPanelProps) {
  const t = useT();
  const loaded = usePanelModule();
  useEffect(() => {
    if (!loaded) void loadPanel();
  }, [loaded]);
  // Thrown for the boundary around, which says the part could not load and offers a reload.
  if (loaded instanceof Error) throw loaded;
  if (!loaded) return <Skeleton height={520} aria-label={t("results.insights.loading")} />;
  return <loaded.InsightsPanel {...props} />;
});

/**
 * The panel when open; drawn ahead, out of sight and out of reach, once the pointer or the focus
 * has reached the toggle (and kept so after closing), for the result set of that moment.
 */
export const InsightsSection = memo(function InsightsSection({ id, ...props }: InsightsPanelProps & { id: string }) {
  const t = useT();
  const [open] = useUrlParam("insights");
  const loaded = usePanelModule();
  const intent = useIntents();
  // Only signs of intent given while this workspace is on screen count.
  const [intentBefore] = useState(intents);
  const { rows, month } = props;
  const ownLabel = t("results.insights.own");
  // The result set the panel was drawn for. A later set (a new lookup, the next batch of a run)
  // is drawn ahead while the pointer or the focus rests on the toggle, else only at the next sign
  // of intent, not on every change.
  const [drawnFor, setDrawnFor] = useState<readonly ResultRow[] | undefined>();
  const restingOn = useResting() ? rows : undefined;
  const ready = loaded !== undefined && !(loaded instanceof Error);
  useEffect(() => {
    if (open) {
      setDrawnFor(rows);
      return;
    }
    if (intent === intentBefore || !loaded || loaded instanceof Error) return;
    // Counted in a task of its own, then drawn at low priority: a click arriving meanwhile is
    // handled first.
    const timer = setTimeout(() => {
      loaded.prepareInsights(rows, month, undefined, ownLabel);
      startTransition(() => setDrawnFor(rows));
    }, 0);
    return () => clearTimeout(timer);
    // On `rows` only while resting: see drawnFor.
    // oxlint-disable-next-line react/exhaustive-deps
  }, [open, intent, ready, restingOn]);
  const ahead = !open && ready && drawnFor === rows;
  if (!open && !ahead) return null;
  return (
    <section
      id={open ? id : undefined}
      aria-label={t("results.insights.region")}
      aria-hidden={ahead || undefined}
      inert={ahead}
      className={ahead ? classes.ahead : undefined}
    >
      <ChunkBoundary title={t("results.insights.failed")}>
        <LoadedPanel {...props} />
      </ChunkBoundary>
    </section>
  );
});
