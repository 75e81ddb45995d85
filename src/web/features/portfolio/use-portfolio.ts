import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Health } from "#contract/proxy-api";
import { isStoreDown } from "../../lib/api-error.ts";
import { portfolioFirstRowsQuery, portfolioQuery } from "./api/portfolio-query.ts";
import { useSyncRun } from "./use-sync-run.ts";

/** What health said of the store: off (no portfolio at all), ok, or unavailable for now. */
export type StoreHealth = Health["store"];

/**
 * The portfolio view's data: the stored rows and the sync. A store that health says is off is
 * never asked; one said to be unavailable is asked anyway, as it may be back.
 */
export function usePortfolio(store: StoreHealth | undefined) {
  const enabled = store !== "off";
  // The first rows come first: the whole answer is read only once they have been painted, so
  // its second of parsing on the main thread does not hold them back.
  const firstRows = useQuery({ ...portfolioFirstRowsQuery(), enabled });
  const firstDone = !firstRows.isPending;
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!firstDone || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame: a task queued from requestAnimationFrame runs once it is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstDone, painted]);
  const rows = useQuery({ ...portfolioQuery(), enabled: enabled && painted });
  const down = isStoreDown(rows.error);
  const sync = useSyncRun(enabled && !down);
  return { store, rows, firstRows, sync, down };
}

export type PortfolioState = ReturnType<typeof usePortfolio>;
