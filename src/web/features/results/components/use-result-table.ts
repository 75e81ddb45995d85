import { useTable, type SortingState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultRow } from "#domain/tag-filters";
import type { SortColumn } from "#domain/tag-sort";
import type { UpdateView } from "../use-results-view.ts";
import { resultColumns, resultTableFeatures } from "./result-columns.tsx";

type Options = {
  /** The rows to render now: one page, or the virtualizer's window. Keep the array stable. */
  data: ResultRow[];
  view: ResultsView;
  update: UpdateView;
  withNames: boolean;
};

/**
 * The TanStack table over the rows on screen. Sorting is manual: #domain/tag-sort has already
 * ordered every filtered row (so exports and pages agree); the table holds the sort and column
 * visibility, both mirrored from the URL.
 */
export function useResultTable({ data, view, update, withNames }: Options) {
  const columns = useMemo(
    () => resultColumns({ withNames, soonMonths: view.soonMonths }),
    [withNames, view.soonMonths],
  );
  const sorting = useMemo<SortingState>(
    () => (view.sort ? [{ id: view.sort.column, desc: view.sort.desc }] : []),
    [view.sort],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(view.hidden.map((column) => [column, false])),
    [view.hidden],
  );
  return useTable({
    features: resultTableFeatures,
    columns,
    data,
    getRowId: (row) => row.tag.customer_id,
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      update({ sort: next ? { column: next.id as SortColumn, desc: next.desc } : undefined });
    },
  });
}

export type ResultTable = ReturnType<typeof useResultTable>;

/** What cells render besides the row's data: the column definitions and which are visible. */
export function rowLook(table: ResultTable): { columns: unknown; visible: string } {
  const visible = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(",");
  return { columns: table.options.columns, visible };
}
