import { Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import type { SortColumn } from "#domain/tag-sort";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { COLUMN_LABELS } from "../table-columns.ts";
import classes from "./results.module.css";
import type { ResultTable } from "./use-result-table.ts";

/** The header row: every column sorts by its button (ascending, descending, then unsorted). */
export function ResultsHead({ table }: { table: ResultTable }) {
  const t = useT();
  return (
    <Table.Thead>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id}>
          {group.headers.map((header) => {
            const column = header.column;
            const label = t(COLUMN_LABELS[column.id as SortColumn]);
            const sorted = column.getIsSorted();
            const Icon =
              sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconArrowsSort;
            return (
              <Table.Th
                key={header.id}
                className={classes.th}
                aria-sort={
                  sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"
                }
              >
                <UnstyledButton
                  className={classes.sortButton}
                  onClick={column.getToggleSortingHandler()}
                  fz="sm"
                >
                  {label}
                  <Icon size={14} aria-hidden style={{ opacity: sorted ? 1 : 0.45 }} />
                </UnstyledButton>
              </Table.Th>
            );
          })}
        </Table.Tr>
      ))}
    </Table.Thead>
  );
}
