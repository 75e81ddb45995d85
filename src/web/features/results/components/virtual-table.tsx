import { Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type CSSProperties } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import { ResultTableRow } from "./result-table-row.tsx";
import { ResultsHead } from "./results-head.tsx";

// Fixed row heights let the virtualizer place rows without measuring them, which keeps scrolling
// through 100,000 rows smooth; the name column needs two lines.
const ROW_HEIGHT = 44;
const ROW_HEIGHT_WITH_NAMES = 52;
const OVERSCAN = 12;
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
  withNames: boolean;
};

function initialHeight(): number {
  return typeof window === "undefined" ? 0 : Math.round(window.innerHeight * 0.7);
}

/** Every filtered row in one scrolling table; only the rows in view (plus a margin) are rendered. */
export function VirtualTable({ rows, columns, view, update, withNames }: VirtualTableProps) {
  const t = useT();
  const scrollRef = useRef<HTMLElement>(null);
  const rowHeight = withNames ? ROW_HEIGHT_WITH_NAMES : ROW_HEIGHT;
  // No React Compiler in this build; the virtualizer re-renders this component itself on scroll.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // The box's height before it is measured (at most 70% of the window): the first render already
    // holds the rows in view, instead of an empty table that a second render fills.
    initialRect: { width: 0, height: initialHeight() },
    // The sticky header covers the top of the list; keep keyboard-scrolled rows out from under it.
    scrollPaddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    // Focusable so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
    <section
      ref={scrollRef}
      // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={t("results.table.virtualNote", { total: rows.length })}
      style={
        {
          maxHeight: "70vh",
          overflow: "auto",
          // Rows replaced while scrolling lay out and paint inside this box only.
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
        miw={withNames ? 980 : 780}
      >
        <ResultsHead columns={columns} sort={view.sort} update={update} />
        <Table.Tbody>
          {before > 0 && <Spacer height={before} columns={columns.length} />}
          {rows.slice(first, last + 1).map((row, index) => (
            <ResultTableRow
              key={(first + index) % SLOTS}
              row={row}
              columns={columns}
              rowIndex={first + index + 2}
              soonMonths={view.soonMonths}
              virtual
            />
          ))}
          {after > 0 && <Spacer height={after} columns={columns.length} />}
        </Table.Tbody>
      </Table>
    </section>
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
