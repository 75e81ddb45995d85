import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { browseQueries } from "./api/browse-query.ts";
import { mergePages } from "./merge-pages.ts";

type Run = { scope: string; startedAt: number; endedAt?: number };

/**
 * "Load all": fetches every page of the scope (200 per call, one call at a time) until a short
 * page. Cancel stops after aborting the call in flight and keeps every page that arrived;
 * starting again resumes after the last page, from the cache.
 */
export function useLoadAll(resellerId: string | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const options = browseQueries.all(resellerId);
  const scope = resellerId ?? "";
  const [run, setRun] = useState<Run>();
  // A run belongs to one scope: choosing another reseller stops it without a trace.
  const current = run?.scope === scope ? run : undefined;
  const wanted = enabled && current !== undefined && current.endedAt === undefined;
  const query = useInfiniteQuery({ ...options, enabled: wanted });
  const { data, hasNextPage, isFetching, isError, fetchNextPage } = query;
  // The run ends by itself at the first short page or at a failure, or when cancelled.
  const finished = data !== undefined && !hasNextPage;
  const failed = isError && !isFetching;
  const running = wanted && !finished && !failed;

  useEffect(() => {
    if (running && data && hasNextPage && !isFetching) void fetchNextPage();
  }, [running, data, hasNextPage, isFetching, fetchNextPage]);

  const now = useNow(running);
  const rows = useMemo(() => (data ? mergePages(data.pages) : undefined), [data]);
  const endedAt =
    current?.endedAt ?? (running ? now : Math.max(query.dataUpdatedAt, query.errorUpdatedAt));

  return {
    /** Every row loaded so far; undefined before the first page arrived. */
    rows,
    pageCount: data?.pages.length ?? 0,
    running,
    /** The last page was short: every customer in scope is loaded. */
    complete: finished,
    error: isError ? query.error : undefined,
    elapsedMs: current ? Math.max(0, endedAt - current.startedAt) : 0,
    start: () => {
      setRun({ scope, startedAt: Date.now() });
      // After a failure the query does not fetch by itself again: ask for the missing page.
      if (isError) void (data ? fetchNextPage() : query.refetch());
    },
    cancel: () => {
      setRun((r) => (r ? { ...r, endedAt: Date.now() } : r));
      void queryClient.cancelQueries({ queryKey: options.queryKey });
    },
  };
}

export type LoadAll = ReturnType<typeof useLoadAll>;

// Re-renders every second while `active`, so the elapsed time moves.
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
