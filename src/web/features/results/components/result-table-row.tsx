import { Table } from "@mantine/core";
import { memo } from "react";
import type { Row } from "@tanstack/react-table";
import type { ResultRow } from "#domain/tag-filters";
import { STATUS_LOOKS } from "../status-look.ts";
import type { resultTableFeatures } from "./result-columns.tsx";
import classes from "./results.module.css";
import type { ResultTable } from "./use-result-table.ts";

type ResultTableRowProps = {
  table: ResultTable;
  row: Row<typeof resultTableFeatures, ResultRow>;
  /** 1-based position among all filtered rows, header row counted, for screen readers. */
  rowIndex: number;
  virtual?: boolean;
  /** The column definitions (new with the language or "soon" months) and the visible columns. */
  look: { columns: unknown; visible: string };
};

/** One customer; N and expired rows are tinted strongly, expiring ones mildly (plus the badge). */
function ResultTableRowView({ table, row, rowIndex, virtual = false }: ResultTableRowProps) {
  return (
    <Table.Tr
      className={virtual ? `${classes.row} ${classes.virtualRow}` : classes.row}
      data-tone={STATUS_LOOKS[row.original.status].tone}
      aria-rowindex={rowIndex}
    >
      {row.getVisibleCells().map((cell) => (
        <Table.Td key={cell.id}>
          <table.FlexRender cell={cell} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/**
 * Memoized on the row's data rather than on TanStack's row object, which is new whenever the
 * virtual window moves: while scrolling, rows that stay in view are not rendered again.
 */
export const ResultTableRow = memo(
  ResultTableRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.rowIndex === after.rowIndex &&
    before.virtual === after.virtual &&
    before.look.columns === after.look.columns &&
    before.look.visible === after.look.visible,
);
