import { ActionIcon, Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconHelp } from "@tabler/icons-react";
import { memo, useEffect, useRef } from "react";
import {
  clampWidth,
  type ColumnLayout,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
} from "#domain/column-layout";
import { pinnedCount, usePinOffsets } from "../use-pin-offsets.ts";
import { ColumnWidths, SELECT_WIDTH } from "./column-widths.tsx";
import type { SortState } from "#domain/tag-sort";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { COLUMN_LABELS, type TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import { useLegendToggle } from "./results-legend.tsx";
import classes from "./results.module.css";

type ResultsHeadProps = {
  columns: readonly TableColumn[];
  /** Order, pins and widths; `onLayout` saves a resize. */
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
  sort: SortState;
  update: UpdateView;
  /** How many of the rows shown are ticked, of how many. */
  ticked: number;
  shown: number;
  onAll: (on: boolean) => void;
};

// Ascending, then descending, then unsorted.
function nextSort(sort: SortState, column: TableColumn): SortState {
  if (sort?.column !== column) return { column, desc: false };
  return sort.desc ? undefined : { column, desc: true };
}

/** The column widths and the header row: every column sorts by its button (ascending, descending, then unsorted). */
export const ResultsHead = memo(function ResultsHead({
  columns,
  layout,
  onLayout,
  sort,
  update,
  ticked,
  shown,
  onAll,
}: ResultsHeadProps) {
  const t = useT();
  const legend = useLegendToggle();
  const all = shown > 0 && ticked === shown;
  const headRow = useRef<HTMLTableRowElement>(null);
  const pinned = pinnedCount(columns, layout);
  usePinOffsets(headRow, pinned, SELECT_WIDTH);
  // Every visible column's width now, so that fixing one width (the table then lays out by the
  // widths it is given) leaves the others where they were.
  const measured = (): Partial<Record<TableColumn, number>> => {
    const cells = headRow.current?.cells;
    if (!cells) return layout.widths;
    return Object.fromEntries(
      columns.map((column, index) => [column, cells[index + 1]?.offsetWidth ?? 0]),
    );
  };
  const resize = (column: TableColumn, width: number, base = measured()) =>
    onLayout({ ...layout, widths: { ...base, [column]: clampWidth(width) } });
  return (
    <>
      <ColumnWidths columns={columns} layout={layout} />
      <Table.Thead>
        <Table.Tr ref={headRow}>
          <Table.Th
            className={`${classes.th} ${classes.selectCell}`}
            data-pin={pinned > 0 ? 0 : undefined}
          >
            <input
              type="checkbox"
              className={classes.selectBox}
              checked={all}
              ref={(box) => {
                if (box) box.indeterminate = ticked > 0 && !all;
              }}
              aria-label={t("results.select.all", { count: shown })}
              onChange={() => onAll(!all)}
            />
          </Table.Th>
          {columns.map((column, index) => {
            const sorted = sort?.column === column ? (sort.desc ? "desc" : "asc") : false;
            const Icon =
              sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconArrowsSort;
            return (
              <Table.Th
                key={column}
                className={classes.th}
                data-pin={index < pinned ? index + 1 : undefined}
                aria-sort={
                  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                }
              >
                <Group gap={4} wrap="nowrap">
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={() => update({ sort: nextSort(sort, column) })}
                    fz="sm"
                  >
                    {t(COLUMN_LABELS[column])}
                    <Icon size={14} aria-hidden style={{ opacity: sorted ? 1 : 0.45 }} />
                  </UnstyledButton>
                  {column === "status" && legend && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={t("results.legend.title")}
                      aria-expanded={legend.open}
                      aria-controls={legend.id}
                      onClick={() => {
                        legend.setOpen(!legend.open);
                        if (!legend.open) {
                          document.getElementById(legend.id)?.scrollIntoView({ block: "nearest" });
                        }
                      }}
                    >
                      <IconHelp size={16} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
                <ResizeHandle
                  label={t("results.table.resize", { column: t(COLUMN_LABELS[column]) })}
                  width={layout.widths[column]}
                  onResize={(width, base) => resize(column, width, base)}
                  measure={measured}
                />
              </Table.Th>
            );
          })}
        </Table.Tr>
      </Table.Thead>
    </>
  );
});

type ResizeHandleProps = {
  label: string;
  /** The width the user set, if any. */
  width: number | undefined;
  onResize: (width: number, base: Partial<Record<TableColumn, number>>) => void;
  measure: () => Partial<Record<TableColumn, number>>;
};

// How far one arrow key press resizes a column.
const STEP = 16;

/**
 * The grip on a header's right edge: dragged with the pointer, or focused and moved with the
 * arrow keys (a separator with its value, as ARIA's window splitter pattern has it).
 */
function ResizeHandle({ label, width, onResize, measure }: ResizeHandleProps) {
  const current = (element: HTMLElement) =>
    width ?? element.parentElement?.offsetWidth ?? MIN_COLUMN_WIDTH;
  // A focusable separator states its value: the width set, else the width the column has now,
  // which a ResizeObserver reports after each layout. (Reading it in every commit forced a layout
  // of the freshly changed table each time the header rendered: 12 ms of a cleared filter.)
  const self = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const handle = self.current;
    const cell = handle?.parentElement;
    if (width !== undefined || !handle || !cell || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const size = entry?.borderBoxSize?.[0]?.inlineSize ?? cell.offsetWidth;
      handle.setAttribute("aria-valuenow", String(Math.round(size)));
    });
    observer.observe(cell);
    return () => observer.disconnect();
  }, [width]);
  return (
    <div
      // A focusable splitter, ARIA's window splitter pattern (an <hr> cannot take the focus).
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      aria-valuenow={width === undefined ? undefined : Math.round(width)}
      ref={self}
      tabIndex={0}
      className={classes.resizeHandle}
      onKeyDown={(event) => {
        if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
        event.preventDefault();
        onResize(
          current(event.currentTarget) + (event.key === "ArrowRight" ? STEP : -STEP),
          measure(),
        );
      }}
      onPointerDown={(event) => {
        const handle = event.currentTarget;
        const th = handle.parentElement;
        if (!th) return;
        event.preventDefault();
        handle.setPointerCapture(event.pointerId);
        const base = measure();
        const start = event.clientX;
        const from = th.offsetWidth;
        // While dragging the header alone follows (no render per move); the drop saves the width.
        const move = (moved: PointerEvent) => {
          const next = clampWidth(from + moved.clientX - start);
          th.style.width = th.style.minWidth = th.style.maxWidth = `${next}px`;
        };
        const drop = (dropped: PointerEvent) => {
          handle.removeEventListener("pointermove", move);
          handle.removeEventListener("pointerup", drop);
          th.style.width = th.style.minWidth = th.style.maxWidth = "";
          onResize(from + dropped.clientX - start, base);
        };
        handle.addEventListener("pointermove", move);
        handle.addEventListener("pointerup", drop);
      }}
    />
  );
}
