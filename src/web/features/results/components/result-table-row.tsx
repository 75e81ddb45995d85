import { memo } from "react";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import type { TableColumn } from "../table-columns.ts";
import { rowData, TD, TR } from "./plain.ts";
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
  /** Ticked in the selection column. */
  selected: boolean;
  /** How many of the first columns are pinned (they and the tick box stick when scrolling sideways). */
  pinned: number;
  /** Ticks or unticks the row; `range` when Shift was held (every row since the last one ticked). */
  onToggle: (id: string, range: boolean) => void;
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
  selected,
  onToggle,
  pinned,
}: ResultTableRowProps) {
  const t = useT();
  const id = row.tag.customer_id;
  return (
    <tr
      className={`${TR} ${classes.row}${virtual ? ` ${classes.virtualRow}` : ""}`}
      {...rowData(striped)}
      data-tone={STATUS_LOOKS[row.status].tone}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-selected={selected || undefined}
    >
      <td className={`${TD} ${classes.selectCell}`} tabIndex={-1} data-pin={pinned > 0 ? 0 : undefined}>
        <input
          type="checkbox"
          className={classes.selectBox}
          checked={selected}
          aria-label={t("results.select.row", { index: rowIndex - 1 })}
          // Shift+click would also select the page's text between the two clicks.
          onMouseDown={(event) => event.shiftKey && event.preventDefault()}
          // Shift+click ticks the range (React fires a checkbox's change on its click, which
          // carries the modifier keys).
          onChange={(event) => onToggle(id, (event.nativeEvent as MouseEvent).shiftKey === true)}
        />
      </td>
      {columns.map((column, index) => (
        <td key={column} className={cellClass(column)} tabIndex={-1} data-pin={index < pinned ? index + 1 : undefined}>
          {resultCell(row, column, t, soonMonths)}
        </td>
      ))}
    </tr>
  );
});
