import {
  type UseQueryResult,
  useInfiniteQuery,
  useQueries,
  useQueryClient,
} from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { CustomerInfo } from "#contract/huawei-api";
import { useUrlParam } from "../../lib/url-state.ts";
import { customerQueries } from "./api/customer-query.ts";
import { toApiError } from "../../lib/api-error.ts";
import { errorHelp } from "../../lib/error-help.ts";
import {
  type NameMap,
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
 * Customer names, fetched only when useful: for a few rows one call per ID, otherwise the whole
 * customer list (100 per call) once the user asks for names (kept in the URL). Both are
 * cached per scope, and reading the list can be cancelled and resumed.
 */
export function useCustomerNames({ resellerId, ids }: NamesOptions) {
  const queryClient = useQueryClient();
  const [wanted, setWantedParam] = useUrlParam("names");
  const scope = resellerId ?? "";
  // Cancel holds for the scope it was pressed in; another reseller starts afresh.
  const [stoppedIn, setStoppedIn] = useState<string>();
  const listOptions = customerQueries.list(resellerId);
  // A few rows are named one by one even when names are wanted: cheaper than the whole list.
  const few = ids.length > 0 && ids.length <= PER_ID_MAX_ROWS;
  const active = wanted && !few && stoppedIn !== scope;

  const list = useInfiniteQuery({ ...listOptions, enabled: active });
  const { data, hasNextPage, isFetching, isError, fetchNextPage } = list;
  useEffect(() => {
    if (active && data && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [active, data, hasNextPage, isFetching, isError, fetchNextPage]);

  const listComplete = data !== undefined && !hasNextPage;
  const listInfos = useMemo(() => data?.pages.map((page) => page.customer_infos) ?? [], [data]);
  const fromList = useMemo(() => buildNameMap(listInfos), [listInfos]);
  const lookUp = idsToLookUp(ids, fromList, listComplete);
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
  return {
    /** The map for the results workspace; undefined when names are neither wanted nor cheap. */
    names: (wanted || few) && !refused ? names : undefined,
    wanted,
    /** The list is being read (or was): names wanted for more rows than single look-ups suit. */
    listMode: wanted && !few,
    setWanted: (on: boolean) => {
      setWantedParam(on);
      if (on) setStoppedIn(undefined);
      else void queryClient.cancelQueries({ queryKey: listOptions.queryKey });
    },
    list: {
      ...progress,
      running: active && (list.isPending || hasNextPage === true) && !isError,
      complete: listComplete,
      stopped: wanted && !few && stoppedIn === scope && !listComplete,
      error: isError ? list.error : undefined,
      cancel: () => {
        setStoppedIn(scope);
        void queryClient.cancelQueries({ queryKey: listOptions.queryKey });
      },
      resume: () => {
        setStoppedIn(undefined);
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
