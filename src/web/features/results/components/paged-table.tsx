import { Table } from "@mantine/core";
import type { ResultsView } from "#domain/results-view";
import { type ResultRow, rowKey } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { tableMinWidth, type TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import type { Selection } from "../use-selection.ts";
import type { ColumnLayout } from "#domain/column-layout";
import { pinnedCount } from "../use-pin-offsets.ts";
import { layoutStyle } from "./column-widths.tsx";
import { ResultTableRow } from "./result-table-row.tsx";
import { ResultsHead } from "./results-head.tsx";
import classes from "./results.module.css";

type PagedTableProps = {
  /** Every filtered, sorted row. */
  rows: readonly ResultRow[];
  /** Index of the first row to show and how many. */
  start: number;
  count: number;
  /** The visible columns, left to right (stable between renders). */
  columns: readonly TableColumn[];
  view: ResultsView;
  update: UpdateView;
  selection: Selection;
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
};

/** A plain table of one page (or of every row when there are few enough), in the page's own scroll. */
export function PagedTable({
  rows,
  start,
  count,
  columns,
  view,
  update,
  selection,
  layout,
  onLayout,
}: PagedTableProps) {
  const t = useT();
  const pinned = pinnedCount(columns, layout);
  const shown = rows.slice(start, start + count);
  return (
    <div className={classes.tableBox}>
      <Table
        miw={tableMinWidth(columns)}
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        aria-label={t("results.ws.tableLabel")}
        aria-rowcount={rows.length + 1}
        style={layoutStyle(layout)}
      >
        <ResultsHead
          columns={columns}
          layout={layout}
          onLayout={onLayout}
          sort={view.sort}
          update={update}
          ticked={selection.rows.length}
          shown={rows.length}
          onAll={selection.setAll}
        />
        <Table.Tbody>
          {shown.map((row, index) => (
            <ResultTableRow
              key={rowKey(row)}
              row={row}
              columns={columns}
              rowIndex={start + index + 2}
              soonMonths={view.soonMonths}
              striped
              pinned={pinned}
              selected={selection.ids.has(row.tag.customer_id)}
              onToggle={selection.toggle}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
