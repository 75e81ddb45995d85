import { Stack, Text } from "@mantine/core";
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ResultRow } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { tableColumns } from "../table-columns.ts";
import { CopyId } from "./copy-id.tsx";
import { StatusBadge } from "./status-badge.tsx";
import { TagBadge } from "./tag-badge.tsx";

// Sorting and filtering run in #domain (sortRows, applyFilters) so the table, the exports and the
// benchmarks share one implementation; the table only holds the sort and visibility state.
export const resultTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof resultTableFeatures, ResultRow>();

function Plain({ value }: { value: string | null | undefined }) {
  const t = useT();
  if (!value?.trim()) {
    return (
      <Text size="sm" c="dimmed" aria-label={t("results.col.none")}>
        {t("results.col.none")}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: "nowrap" }}>
      {value}
    </Text>
  );
}

function Names({ row }: { row: ResultRow }) {
  if (!row.name && !row.accountName) return <Plain value={undefined} />;
  return (
    <Stack gap={0}>
      {row.name && (
        <Text size="sm" lineClamp={1}>
          {row.name}
        </Text>
      )}
      {row.accountName && (
        <Text size="xs" ff="monospace" lineClamp={1}>
          {row.accountName}
        </Text>
      )}
    </Stack>
  );
}

/** The table's columns, left to right as `tableColumns` lists them (the exports follow it too). */
export function resultColumns({
  withNames,
  soonMonths,
}: {
  withNames: boolean;
  soonMonths: number;
}) {
  const definitions = {
    id: helper.accessor((row) => row.tag.customer_id, {
      id: "id",
      cell: (info) => <CopyId id={info.getValue()} />,
      enableHiding: false,
    }),
    name: helper.accessor((row) => row.name ?? "", {
      id: "name",
      cell: (info) => <Names row={info.row.original} />,
    }),
    type: helper.accessor((row) => row.tag.customer_tag_type, {
      id: "type",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    tag: helper.accessor((row) => row.tag.new_customer_tag, {
      id: "tag",
      cell: (info) => <TagBadge value={info.getValue()} />,
    }),
    effective: helper.accessor((row) => row.tag.effective_time, {
      id: "effective",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    expire: helper.accessor((row) => row.tag.expire_time, {
      id: "expire",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    status: helper.accessor((row) => row.status, {
      id: "status",
      cell: (info) => <StatusBadge status={info.getValue()} soonMonths={soonMonths} />,
    }),
  };
  return helper.columns(tableColumns(withNames).map((column) => definitions[column]));
}
