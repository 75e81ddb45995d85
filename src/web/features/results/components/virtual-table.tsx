import { Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, type CSSProperties } from "react";
import type { ResultsView } from "#domain/results-view";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { UpdateView } from "../use-results-view.ts";
import { ResultTableRow } from "./result-table-row.tsx";
import { ResultsHead } from "./results-head.tsx";
import { rowLook, useResultTable } from "./use-result-table.ts";

// Fixed row heights let the virtualizer place rows without measuring them, which keeps scrolling
// through 100,000 rows smooth; the name column needs two lines.
const ROW_HEIGHT = 44;
const ROW_HEIGHT_WITH_NAMES = 52;
const OVERSCAN = 12;

type VirtualTableProps = {
  rows: readonly ResultRow[];
  view: ResultsView;
  update: UpdateView;
  withNames: boolean;
};

/** Every filtered row in one scrolling table; only the rows in view (plus a margin) are rendered. */
export function VirtualTable({ rows, view, update, withNames }: VirtualTableProps) {
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
    // The sticky header covers the top of the list; keep keyboard-scrolled rows out from under it.
    scrollPaddingStart: rowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const data = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);
  const table = useResultTable({ data, view, update, withNames });
  const look = rowLook(table);
  const columns = table.getVisibleLeafColumns().length;
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
        <ResultsHead table={table} />
        <Table.Tbody>
          {before > 0 && <Spacer height={before} columns={columns} />}
          {table.getRowModel().rows.map((row, index) => (
            <ResultTableRow
              look={look}
              key={row.id}
              table={table}
              row={row}
              rowIndex={first + index + 2}
              virtual
            />
          ))}
          {after > 0 && <Spacer height={after} columns={columns} />}
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
