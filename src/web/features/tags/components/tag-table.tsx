import { Table } from "@mantine/core";
import { useTable } from "@tanstack/react-table";
import type { NewCustomerTag } from "#shared/huawei-api";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { tagColumns, tagTableFeatures } from "./tag-columns.tsx";
import classes from "./tag-table.module.css";

type TagTableProps = {
  /** Rows as the proxy returned them; keep the array stable between renders. */
  rows: NewCustomerTag[];
};

export function TagTable({ rows }: TagTableProps) {
  const t = useT();
  const table = useTable({
    features: tagTableFeatures,
    columns: tagColumns,
    data: rows,
    getRowId: (row) => row.customer_id,
  });

  return (
    // Scrolls sideways on narrow screens and, for long results, downwards with the header kept in view.
    <Table.ScrollContainer minWidth={720} maxHeight="65vh" type="native">
      <Table
        striped
        highlightOnHover
        stickyHeader
        aria-label={t("results.tableLabel")}
        verticalSpacing="xs"
        classNames={{ th: classes.th }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
