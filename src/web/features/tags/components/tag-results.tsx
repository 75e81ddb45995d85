import { Stack } from "@mantine/core";
import { IconListSearch, IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { tagQueries } from "../api/tag-query.ts";
import { summarizeResults } from "../summarize-results.ts";
import { ResultsLoading } from "./results-loading.tsx";
import { ResultsPlaceholder } from "./results-placeholder.tsx";
import { ResultsSummary } from "./results-summary.tsx";
import { TagTable } from "./tag-table.tsx";

type TagResultsProps = {
  /** The submitted IDs (at most one call's worth); none means nothing was asked yet. */
  ids: readonly string[];
  /** Rendered in the empty states, e.g. the demo-mode "Try demo IDs" button. */
  emptyAction?: ReactNode;
};

export function TagResults({ ids, emptyAction }: TagResultsProps) {
  const t = useT();
  const query = useQuery({ ...tagQueries.lookup({ ids }), enabled: ids.length > 0 });
  const summary = useMemo(
    () => (query.data ? summarizeResults(ids, query.data) : undefined),
    [ids, query.data],
  );

  if (ids.length === 0) {
    return (
      <ResultsPlaceholder
        icon={<IconListSearch aria-hidden />}
        title={t("results.idleTitle")}
        hint={t("results.idleHint")}
        action={emptyAction}
      />
    );
  }
  if (query.isPending) return <ResultsLoading count={ids.length} />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) {
    return (
      <ResultsPlaceholder
        icon={<IconUserQuestion aria-hidden />}
        title={t("results.noneTitle")}
        hint={t("results.noneHint")}
        action={emptyAction}
      />
    );
  }
  return (
    <Stack gap="md">
      <TagTable rows={query.data} />
      {summary && <ResultsSummary summary={summary} />}
    </Stack>
  );
}
