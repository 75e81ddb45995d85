import {
  type UseQueryResult,
  useInfiniteQuery,
  useQueries,
  useQueryClient,
} from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { CustomerInfo } from "#contract/huawei-api";
import { useFollowQuery, useJob } from "../../lib/use-job.ts";
import { useUrlParam } from "../../lib/url-state.ts";
import { customerQueries } from "./api/customer-query.ts";
import { toApiError } from "../../lib/api-error.ts";
import { errorHelp } from "../../lib/error-help.ts";
import {
  type NameMap,
  namesWanted,
  PER_ID_MAX_ROWS,
  buildNameMap,
  idsToLookUp,
  listProgress,
} from "./name-map.ts";

type NamesOptions = {
  resellerId?: string | undefined;
  /** The customer IDs on screen (all rows handed to the results workspace). */
  ids: readonly string[];
};

/**
 * Customer names: for a few rows one call per ID, otherwise the whole customer list (100 per
 * call); without asking where that is cheap (`namesWanted`), else once the user turns them on
 * (kept in the URL). Both are cached per scope, and reading the list can be cancelled and resumed.
 */
export function useCustomerNames({ resellerId, ids }: NamesOptions) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useUrlParam("names");
  const scope = resellerId ?? "";
  const listOptions = customerQueries.list(resellerId);
  // The list's first page, when read (or cached): how long the whole list is.
  const listCount = queryClient.getQueryData(listOptions.queryKey)?.pages[0]?.count;
  const { wanted, declined } = namesWanted(choice, ids.length, listCount);
  // A few rows are named one by one: cheaper than the whole list.
  const few = ids.length > 0 && ids.length <= PER_ID_MAX_ROWS;
  const listMode = wanted && !few;
  // Reading the list is a job of one scope; Cancel holds for it, another reseller starts afresh.
  const job = useJob();
  const ours = job.key === scope && job.status !== "idle";
  const stopped = ours && job.status === "cancelled";
  const active = listMode && !stopped;

  const list = useInfiniteQuery({ ...listOptions, enabled: active });
  const { data, hasNextPage, isFetching, isError, fetchNextPage } = list;
  useEffect(() => {
    if (active && data && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [active, data, hasNextPage, isFetching, isError, fetchNextPage]);

  const listComplete = data !== undefined && !hasNextPage;
  // Names wanted (by the switch, or a link with them on) and no job of this scope yet: it starts.
  const { start } = job;
  useEffect(() => {
    if (active && !ours) start({ key: scope });
  }, [active, ours, scope, start]);
  const listInfos = useMemo(() => data?.pages.map((page) => page.customer_infos) ?? [], [data]);
  const fromList = useMemo(() => buildNameMap(listInfos), [listInfos]);
  const lookUp = wanted ? idsToLookUp(ids, fromList, listComplete) : [];
  const single = useQueries({
    queries: lookUp.map((id) => customerQueries.byId(resellerId, id)),
    combine: combineSingle,
  });
  const names = useMemo<NameMap>(
    () => (single.infos.length === 0 ? fromList : buildNameMap([...listInfos, single.infos])),
    [fromList, listInfos, single.infos],
  );

  const error = isError ? list.error : single.error;
  // A refusal (the partner may not read the customer list) leaves no names to show at all.
  // Throttling is no refusal: it passes, and the bar offers Retry for it.
  const refused = error !== undefined && !errorHelp(toApiError(error)).retry && names.size === 0;
  const progress = listProgress(data?.pages ?? []);
  useFollowQuery(job, {
    done: progress.loaded,
    total: progress.total,
    finished: listComplete,
    error: isError && !isFetching ? list.error : undefined,
    errorAt: list.errorUpdatedAt,
  });
  return {
    /** The map for the results workspace; undefined when names are not fetched. */
    names: wanted && !refused ? names : undefined,
    /** Whether names are fetched and shown: what the switch shows. */
    wanted,
    /** Left off by themselves because the customer list is long: how long, for the bar to say. */
    declined: declined ? listCount : undefined,
    /** The list is being read (or was): names wanted for more rows than single look-ups suit. */
    listMode,
    setWanted: (on: boolean) => {
      setChoice(on);
      // Switched off, the job is forgotten; switched on again, a new one goes on from the cache.
      job.reset();
      if (!on) void queryClient.cancelQueries({ queryKey: listOptions.queryKey });
    },
    list: {
      ...progress,
      running: active && (list.isPending || hasNextPage === true) && !isError,
      complete: listComplete,
      stopped: listMode && stopped && !listComplete,
      error: isError ? list.error : undefined,
      cancel: () => {
        job.cancel();
        void queryClient.cancelQueries({ queryKey: listOptions.queryKey });
      },
      resume: () => {
        if (ours) job.resume();
        if (isError) void (data ? fetchNextPage() : list.refetch());
      },
    },
    single: { count: lookUp.length, pending: single.pending, error: single.error },
    /** Why there are no names: the list or a look-up was refused. */
    refusal: refused ? error : undefined,
  };
}

export type CustomerNames = ReturnType<typeof useCustomerNames>;

// Module-level so TanStack Query can keep the combined result stable between renders.
function combineSingle(results: UseQueryResult<CustomerInfo | null>[]) {
  return {
    infos: results.flatMap((result) => (result.data ? [result.data] : [])),
    pending: results.filter((result) => result.isPending).length,
    error: results.find((result) => result.isError)?.error ?? undefined,
  };
}
