import type { BatchOutcome } from "#domain/lookup-buckets";

export type RunProgress = {
  batchesDone: number;
  batchesTotal: number;
  idsDone: number;
  idsTotal: number;
};

/** Counts the answered (or failed) batches and their IDs among the batches of a run; cancelled ones were not sent. */
export function progressOf(
  outcomes: readonly BatchOutcome[],
  batchIndexes: readonly number[],
): RunProgress {
  const progress: RunProgress = {
    batchesDone: 0,
    batchesTotal: batchIndexes.length,
    idsDone: 0,
    idsTotal: 0,
  };
  for (const index of batchIndexes) {
    const outcome = outcomes[index];
    if (!outcome) continue;
    progress.idsTotal += outcome.ids.length;
    if (outcome.status === "done" || outcome.status === "failed") {
      progress.batchesDone += 1;
      progress.idsDone += outcome.ids.length;
    }
  }
  return progress;
}

// Below this, a rate measured over one or two answers swings too much to show.
const MIN_ELAPSED_MS = 1000;

/**
 * Seconds left at the pace so far, or undefined while there is too little to go on. Batches
 * are what Huawei's flow control counts, so the pace is measured in batches, not IDs.
 */
export function secondsLeft(progress: RunProgress, elapsedMs: number): number | undefined {
  const { batchesDone, batchesTotal } = progress;
  if (batchesDone === 0 || elapsedMs < MIN_ELAPSED_MS) return undefined;
  if (batchesDone >= batchesTotal) return 0;
  return Math.ceil(((batchesTotal - batchesDone) * elapsedMs) / batchesDone / 1000);
}
