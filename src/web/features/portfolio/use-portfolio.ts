import { useQuery } from "@tanstack/react-query";
import type { Health } from "#contract/proxy-api";
import { isStoreDown } from "../../lib/api-error.ts";
import { portfolioQuery } from "./api/portfolio-query.ts";
import { useSyncRun } from "./use-sync-run.ts";

/** What health said of the store: off (no portfolio at all), ok, or unavailable for now. */
export type StoreHealth = Health["store"];

/**
 * The portfolio view's data: the stored rows and the sync. A store that health says is off is
 * never asked; one said to be unavailable is asked anyway, as it may be back.
 */
export function usePortfolio(store: StoreHealth | undefined) {
  const enabled = store !== "off";
  const rows = useQuery({ ...portfolioQuery(), enabled });
  const down = isStoreDown(rows.error);
  const sync = useSyncRun(enabled && !down);
  return { store, rows, sync, down };
}

export type PortfolioState = ReturnType<typeof usePortfolio>;
