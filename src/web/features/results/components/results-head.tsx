import { ActionIcon, Group, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconHelp } from "@tabler/icons-react";
import { memo } from "react";
import type { SortState } from "#domain/tag-sort";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { COLUMN_LABELS, type TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import { useLegendToggle } from "./results-legend.tsx";
import classes from "./results.module.css";

type ResultsHeadProps = {
  columns: readonly TableColumn[];
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

/** The header row: every column sorts by its button (ascending, descending, then unsorted). */
export const ResultsHead = memo(function ResultsHead({ columns, sort, update, ticked, shown, onAll }: ResultsHeadProps) {
  const t = useT();
  const legend = useLegendToggle();
  const all = shown > 0 && ticked === shown;
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th className={`${classes.th} ${classes.selectCell}`}>
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
        {columns.map((column) => {
          const sorted = sort?.column === column ? (sort.desc ? "desc" : "asc") : false;
          const Icon =
            sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconArrowsSort;
          return (
            <Table.Th
              key={column}
              className={classes.th}
              aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
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
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
});
