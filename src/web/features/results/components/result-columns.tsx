import { Stack, Text } from "@mantine/core";
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { ResultRow } from "#shared/tag-filters";
import type { SortColumn } from "#shared/tag-sort";
import type { MessageKey } from "../../../app/i18n/en.ts";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { CopyId } from "./copy-id.tsx";
import { StatusBadge } from "./status-badge.tsx";
import { TagBadge } from "./tag-badge.tsx";

// Sorting and filtering run in #shared (sortRows, applyFilters) so the table, the exports and the
// benchmarks share one implementation; the table only holds the sort and visibility state.
export const resultTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

const helper = createColumnHelper<typeof resultTableFeatures, ResultRow>();

export const COLUMN_LABELS: Record<SortColumn, MessageKey> = {
  id: "results.col.id",
  name: "results.col.name",
  type: "results.col.type",
  tag: "results.col.tag",
  effective: "results.col.effective",
  expire: "results.col.expire",
  status: "results.col.status",
};

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

/** The table's columns; the name column only when names are known. */
export function resultColumns({
  withNames,
  soonMonths,
}: {
  withNames: boolean;
  soonMonths: number;
}) {
  return helper.columns([
    helper.accessor((row) => row.tag.customer_id, {
      id: "id",
      cell: (info) => <CopyId id={info.getValue()} />,
      enableHiding: false,
    }),
    ...(withNames
      ? [
          helper.accessor((row) => row.name ?? "", {
            id: "name",
            cell: (info) => <Names row={info.row.original} />,
          }),
        ]
      : []),
    helper.accessor((row) => row.tag.customer_tag_type, {
      id: "type",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    helper.accessor((row) => row.tag.new_customer_tag, {
      id: "tag",
      cell: (info) => <TagBadge value={info.getValue()} />,
    }),
    helper.accessor((row) => row.tag.effective_time, {
      id: "effective",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    helper.accessor((row) => row.tag.expire_time, {
      id: "expire",
      cell: (info) => <Plain value={info.getValue()} />,
    }),
    helper.accessor((row) => row.status, {
      id: "status",
      cell: (info) => <StatusBadge status={info.getValue()} soonMonths={soonMonths} />,
    }),
  ]);
}
