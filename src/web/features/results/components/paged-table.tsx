import { Table } from "@mantine/core";
import { useMemo } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { UpdateView } from "../use-results-view.ts";
import { ResultTableRow } from "./result-table-row.tsx";
import { ResultsHead } from "./results-head.tsx";
import { rowLook, useResultTable } from "./use-result-table.ts";

type PagedTableProps = {
  /** Every filtered, sorted row. */
  rows: readonly ResultRow[];
  /** Index of the first row to show and how many. */
  start: number;
  count: number;
  view: ResultsView;
  update: UpdateView;
  withNames: boolean;
};

/** A plain table of one page (or of every row when there are few enough). */
export function PagedTable({ rows, start, count, view, update, withNames }: PagedTableProps) {
  const t = useT();
  const data = useMemo(() => rows.slice(start, start + count), [rows, start, count]);
  const table = useResultTable({ data, view, update, withNames });
  const look = rowLook(table);
  return (
    <Table.ScrollContainer minWidth={withNames ? 980 : 780} maxHeight="70vh" type="native">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={6}
        aria-label={t("results.ws.tableLabel")}
        aria-rowcount={rows.length + 1}
      >
        <ResultsHead table={table} />
        <Table.Tbody>
          {table.getRowModel().rows.map((row, index) => (
            <ResultTableRow
              look={look}
              key={row.id}
              table={table}
              row={row}
              rowIndex={start + index + 2}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
