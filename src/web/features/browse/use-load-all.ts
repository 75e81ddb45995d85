import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useFollowQuery, useJob } from "../../lib/use-job.ts";
import { browseQueries } from "./api/browse-query.ts";
import { mergePages } from "./merge-pages.ts";

/**
 * "Load all": fetches every page of the scope (200 per call, one call at a time) until a short
 * page. Cancel stops after aborting the call in flight and keeps every page that arrived;
 * Continue resumes after the last page, from the cache.
 */
export function useLoadAll(resellerId: string | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const options = browseQueries.all(resellerId);
  const scope = resellerId ?? "";
  const job = useJob();
  // A job belongs to one scope: choosing another reseller stops it without a trace.
  const ours = job.key === scope && job.status !== "idle";
  const running = enabled && ours && job.status === "running";
  const query = useInfiniteQuery({ ...options, enabled: running });
  const { data, hasNextPage, isFetching, isError, fetchNextPage } = query;
  // The job ends by itself at the first short page or at a failure, or when cancelled.
  const finished = data !== undefined && !hasNextPage;
  const pageCount = data?.pages.length ?? 0;
  useFollowQuery(job, {
    done: pageCount,
    finished,
    error: isError && !isFetching ? query.error : undefined,
    errorAt: query.errorUpdatedAt,
  });

  useEffect(() => {
    if (running && data && hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [running, data, hasNextPage, isFetching, isError, fetchNextPage]);

  const rows = useMemo(() => (data ? mergePages(data.pages) : undefined), [data]);
  return {
    /** Every row loaded so far; undefined before the first page arrived. */
    rows,
    pageCount,
    running: running && !finished,
    /** The last page was short: every customer in scope is loaded. */
    complete: finished,
    error: isError ? query.error : undefined,
    elapsedMs: ours ? job.elapsedMs : 0,
    start: () => {
      // After a Cancel or a failure in this scope, go on from the last page that arrived.
      if (ours && (job.status === "cancelled" || job.status === "failed")) job.resume();
      else job.start({ key: scope });
      // After a failure the query does not fetch by itself again: ask for the missing page.
      if (isError) void (data ? fetchNextPage() : query.refetch());
    },
    cancel: () => {
      job.cancel();
      void queryClient.cancelQueries({ queryKey: options.queryKey });
    },
  };
}

export type LoadAll = ReturnType<typeof useLoadAll>;
