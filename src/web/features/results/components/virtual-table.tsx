import { Table } from "@mantine/core";
import { useRef, type CSSProperties } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { tableMinWidth, type TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import type { Selection } from "../use-selection.ts";
import type { ColumnLayout } from "#domain/column-layout";
import { pinnedCount } from "../use-pin-offsets.ts";
import { layoutStyle } from "./column-widths.tsx";
import { useRowWindow } from "../use-row-window.ts";
import { ResultTableRow } from "./result-table-row.tsx";
import { ResultsHead } from "./results-head.tsx";
import classes from "./results.module.css";

// Fixed row heights place rows by arithmetic, without measuring them or keeping anything per row,
// which keeps scrolling, filtering and sorting 100,000 rows cheap (names fit on the row's one line).
const ROW_HEIGHT = 44;
const OVERSCAN = 6;
// Rows are keyed by their slot (position modulo this), not by customer: a row element that leaves
// the window is reused for the row that enters it, and after a sort or a cleared filter the rows
// on screen are patched in place rather than torn down and built again. It must exceed the most
// rows in the window (the visible ones plus twice the overscan).
const SLOTS = 256;

type VirtualTableProps = {
  rows: readonly ResultRow[];
  /** The visible columns, left to right (stable between renders). */
  columns: readonly TableColumn[];
  view: ResultsView;
  update: UpdateView;
  selection: Selection;
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
};

// The window's height before anything is measured: the first render already holds the rows in
// view, instead of an empty table that a second render fills.
function initialHeight(): number {
  return typeof window === "undefined" ? 0 : window.innerHeight;
}

/**
 * Every filtered row in one table that scrolls with the page (no scroller of its own); only the
 * rows in the window (plus a margin) are rendered.
 */
export function VirtualTable({ rows, columns, view, update, selection, layout, onLayout }: VirtualTableProps) {
  const t = useT();
  const pinned = pinnedCount(columns, layout);
  const scrollRef = useRef<HTMLElement>(null);
  const rowHeight = ROW_HEIGHT;
  const { first, last } = useRowWindow(scrollRef, rows.length, rowHeight, OVERSCAN, initialHeight(), true);
  const before = first * rowHeight;
  const after = Math.max(0, rows.length - 1 - last) * rowHeight;

  return (
    <div className={classes.tableBox}>
    <section
      ref={scrollRef}
      aria-label={t("results.table.virtualNote", { total: rows.length })}
      style={
        {
          // Rows replaced while scrolling lay out and paint inside this section only, and are
          // never the page's scroll anchor (no jumps).
          contain: "layout paint",
          overflowAnchor: "none",
          "--results-row-height": `${rowHeight}px`,
        } as CSSProperties
      }
    >
      {/* No stripes: the window's first row changes parity as it scrolls, and stripes would flicker. */}
      <Table
        highlightOnHover
        stickyHeader
        aria-label={t("results.ws.tableLabel")}
        aria-rowcount={rows.length + 1}
        style={layoutStyle(layout)}
        miw={tableMinWidth(columns)}
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
          {before > 0 && <Spacer height={before} columns={columns.length + 1} />}
          {rows.slice(first, last + 1).map((row, index) => (
            <ResultTableRow
              key={(first + index) % SLOTS}
              row={row}
              columns={columns}
              rowIndex={first + index + 2}
              soonMonths={view.soonMonths}
              virtual
              pinned={pinned}
              selected={selection.ids.has(row.tag.customer_id)}
              onToggle={selection.toggle}
            />
          ))}
          {after > 0 && <Spacer height={after} columns={columns.length + 1} />}
        </Table.Tbody>
      </Table>
    </section>
    </div>
  );
}

/** Stands in for the rows above or below the window, so the scrollbar matches the whole list. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty layout cell, hidden from assistive technology */}
      <td colSpan={columns} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
