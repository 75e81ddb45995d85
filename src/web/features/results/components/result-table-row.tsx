import { memo } from "react";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import type { TableColumn } from "../table-columns.ts";
import { rowData, TR } from "./plain.ts";
import { cellClass, resultCell } from "./result-cells.tsx";
import classes from "./results.module.css";

type ResultTableRowProps = {
  row: ResultRow;
  /** The visible columns, left to right; keep the array stable between renders. */
  columns: readonly TableColumn[];
  /** 1-based position among all filtered rows, header row counted, for screen readers. */
  rowIndex: number;
  soonMonths: number;
  virtual?: boolean;
  striped?: boolean;
};

/**
 * One customer as a plain <tr> with Mantine's table classes; N and expired rows are tinted
 * strongly, expiring ones mildly (plus the badge). Memoized on its props, so rows that stay in
 * view while the virtual window moves are not rendered again.
 */
export const ResultTableRow = memo(function ResultTableRow({
  row,
  columns,
  rowIndex,
  soonMonths,
  virtual = false,
  striped = false,
}: ResultTableRowProps) {
  const t = useT();
  return (
    <tr
      className={`${TR} ${classes.row}${virtual ? ` ${classes.virtualRow}` : ""}`}
      {...rowData(striped)}
      data-tone={STATUS_LOOKS[row.status].tone}
      aria-rowindex={rowIndex}
    >
      {columns.map((column) => (
        <td key={column} className={cellClass(column)}>
          {resultCell(row, column, t, soonMonths)}
        </td>
      ))}
    </tr>
  );
});
