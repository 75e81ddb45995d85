import { Button, Card, Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconChevronUp } from "@tabler/icons-react";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { useBackgroundNotice } from "../../../lib/use-background-notice.ts";
import { summaryText } from "../format.ts";
import { setScope } from "../../../lib/scope.ts";
import { ChunkBoundary } from "../../../components/chunk-boundary.tsx";
import type { LookupState } from "../use-lookup.ts";
import { DemoIdsButton } from "./demo-ids-button.tsx";
import { FileNotice } from "./file-notice.tsx";
import { IdFileDrop } from "./id-file-drop.tsx";
import { IdLists } from "./id-lists.tsx";
import { IdPasteBox } from "./id-paste-box.tsx";
import { InputCounts } from "./input-counts.tsx";
import { LookupActions } from "./lookup-actions.tsx";
import { RestoreOffer } from "./restore-offer.tsx";
import { RunBar } from "./run-bar.tsx";
import { ScopeChangedNotice } from "./scope-changed-notice.tsx";

// The run's progress and summary are not needed to paste and press Query, so they load just after
// the first screen instead of with it.
const LookupProgress = lazy(() => import("./lookup-progress.tsx").then((m) => ({ default: m.LookupProgress })));
const LookupSummary = lazy(() => import("./lookup-summary.tsx").then((m) => ({ default: m.LookupSummary })));

type LookupPanelProps = {
  lookup: LookupState;
  /** The proxy serves generated data: offer sample IDs to try. */
  demoMode: boolean;
  /** How the user reads a scope: the reseller's name, or "My own customers" for undefined. */
  scopeLabel: (resellerId: string | undefined) => string;
};

/** Paste or upload customer IDs, query them in batches, and see where every one ended up. */
export function LookupPanel({ lookup, demoMode, scopeLabel }: LookupPanelProps) {
  const t = useT();
  const { input, run, job, buckets, progress } = lookup;
  const running = job.status === "running";
  // When a run ends, keyboard and screen-reader users land on its summary, not on a button that
  // may have gone (Cancel) or a page that scrolled on. The summary's chunk may still be loading
  // then (a short first run): it takes the focus as soon as it is there.
  const summary = useRef<HTMLOutputElement | null>(null);
  const focusPending = useRef(false);
  const wasRunning = useRef(false);
  // After a run the input folds into a one-line bar (see `collapsible`) until "Edit IDs".
  const [expanded, setExpanded] = useState(false);
  // "Edit IDs" puts the caret in the box it opens.
  const focusPasteBox = useRef(false);
  const pasteBoxRef = useCallback((element: HTMLTextAreaElement | null) => {
    if (element && focusPasteBox.current) {
      focusPasteBox.current = false;
      element.focus();
    }
  }, []);
  useEffect(() => {
    if (wasRunning.current && !running) {
      setExpanded(false);
      if (summary.current) summary.current.focus();
      else focusPending.current = true;
    }
    wasRunning.current = running;
  }, [running]);
  useBackgroundNotice(job, (ended) => ({
    title: t(
      ended.status === "done"
        ? "lookup.notice.done"
        : ended.status === "cancelled"
          ? "lookup.notice.cancelled"
          : "lookup.notice.failed",
    ),
    body: buckets ? summaryText(buckets, t) : "",
  }));
  const summaryRef = useCallback((element: HTMLOutputElement | null) => {
    summary.current = element;
    if (element && focusPending.current) {
      focusPending.current = false;
      element.focus();
    }
  }, []);
  // A run of another scope is not continued, retried or refreshed from here: its answers would
  // not be shown. The notice offers to look the IDs up for this scope or to switch back.
  const ownRun = lookup.scopeChanged ? undefined : run;
  const ownBuckets = lookup.scopeChanged ? undefined : buckets;
  const hasInput = input.parsed.entries > 0 || input.text.trim() !== "";
  const clear = () => {
    input.clear();
    lookup.reset();
  };
  // Folded only when there is nothing left to do in the panel: the run ended on its own, found
  // rows, and left nothing failed or unsent (Retry failed and Continue live in the panel).
  const collapsible =
    !running &&
    (job.status === "done" || ownRun?.restoredFrom !== undefined) &&
    ownRun !== undefined &&
    ownBuckets !== undefined &&
    ownBuckets.found.length > 0 &&
    ownBuckets.failed.length === 0 &&
    ownBuckets.notSent.length === 0;
  if (collapsible && !expanded && ownRun && ownBuckets) {
    return (
      <RunBar
        buckets={ownBuckets}
        lists={input.lists}
        scope={scopeLabel(ownRun.resellerId)}
        elapsedMs={job.elapsedMs}
        restoredFrom={ownRun.restoredFrom}
        cachedBatches={ownRun.cachedBatches}
        batchesTotal={progress?.batchesTotal ?? ownRun.batches.length}
        onRefresh={lookup.refresh}
        summaryRef={summaryRef}
        onEdit={() => {
          focusPasteBox.current = true;
          setExpanded(true);
        }}
      />
    );
  }
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="lookup-title">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="lookup-title">
            {t("lookup.title")}
          </Title>
          {demoMode && !hasInput && (
            <DemoIdsButton onPick={(ids) => input.setText(ids.join("\n"))} />
          )}
          {collapsible && (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconChevronUp size={14} aria-hidden />}
              onClick={() => setExpanded(false)}
            >
              {t("lookup.bar.hide")}
            </Button>
          )}
        </Group>
        {lookup.saved && (
          <RestoreOffer
            saved={lookup.saved}
            scope={scopeLabel(lookup.saved.run.resellerId)}
            onRestore={lookup.restoreSaved}
            onDiscard={lookup.discardSaved}
          />
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              <IdPasteBox
                value={input.text}
                onChange={input.setText}
                onPaste={input.paste}
                onSubmit={lookup.query}
                disabled={running}
                inputRef={pasteBoxRef}
              />
              {/* In the first screen's script (it is small): loaded later, it would shift the Query
                  button under a pointer already on its way to it. */}
              <IdFileDrop
                onFiles={(files) => void input.addFiles(files)}
                onReject={input.reject}
                loading={input.busy}
              />
              {input.notice && <FileNotice notice={input.notice} onDismiss={input.dismissNotice} />}
              <IdLists
                lists={input.lists}
                onRemove={input.removeList}
                onEdit={input.editList}
                disabled={running}
              />
              <InputCounts parsed={input.parsed} counting={input.counting} />
              <LookupActions
                canQuery={hasInput && !input.busy}
                running={running}
                failedCount={ownBuckets?.failed.length ?? 0}
                canRefresh={ownRun !== undefined && ownRun.batches.length > 0}
                canClear={hasInput || run !== undefined}
                onQuery={lookup.query}
                onRetryFailed={lookup.retryFailed}
                onRefresh={lookup.refresh}
                onClear={clear}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            {run && lookup.scopeChanged ? (
              <ScopeChangedNotice
                count={run.input.ids.length + run.input.invalid.length}
                runScope={scopeLabel(run.resellerId)}
                scope={scopeLabel(lookup.resellerId)}
                onRerun={lookup.query}
                onSwitchBack={() => setScope(run.resellerId)}
                canRerun={hasInput && !input.busy}
              />
            ) : run && buckets && progress ? (
              <ChunkBoundary>
              <Suspense fallback={<Loader size="sm" aria-label={t("lookup.loadingSummary")} />}>
                <Stack gap="md">
                  {run.batches.length > 0 && (
                    <LookupProgress
                      job={job}
                      progress={progress}
                      cachedBatches={run.cachedBatches}
                      notSent={buckets.notSent.length}
                      onCancel={lookup.cancel}
                      onContinue={lookup.continueRun}
                    />
                  )}
                  <LookupSummary
                    buckets={buckets}
                    input={run.input}
                    resellerId={run.resellerId}
                    resellerLabel={run.resellerId ? scopeLabel(run.resellerId) : undefined}
                    summaryRef={summaryRef}
                  />
                </Stack>
              </Suspense>
              </ChunkBoundary>
            ) : (
              <Text size="sm" c="dimmed">
                {t("lookup.summary.idle")}
              </Text>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
