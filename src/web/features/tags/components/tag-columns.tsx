import { Text } from "@mantine/core";
import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import type { NewCustomerTag } from "#shared/huawei-api";
import type { MessageKey } from "../../../app/i18n/en.ts";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { TagBadge } from "./tag-badge.tsx";

// Sorting and filtering come later: they will register their features here.
export const tagTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof tagTableFeatures, NewCustomerTag>();

function HeaderText({ label }: { label: MessageKey }) {
  return useT()(label);
}

function PlainCell({ value, mono = false }: { value: string | null | undefined; mono?: boolean }) {
  const t = useT();
  if (!value)
    return (
      <Text size="sm" c="dimmed">
        {t("column.none")}
      </Text>
    );
  return (
    <Text size="sm" ff={mono ? "monospace" : undefined} style={{ whiteSpace: "nowrap" }}>
      {value}
    </Text>
  );
}

export const tagColumns = helper.columns([
  helper.accessor("customer_id", {
    header: () => <HeaderText label="column.customerId" />,
    cell: (info) => <PlainCell value={info.getValue()} mono />,
  }),
  helper.accessor("customer_tag_type", {
    header: () => <HeaderText label="column.tagType" />,
    cell: (info) => <PlainCell value={info.getValue()} />,
  }),
  helper.accessor("new_customer_tag", {
    header: () => <HeaderText label="column.tag" />,
    cell: (info) => <TagBadge value={info.getValue()} />,
  }),
  helper.accessor("effective_time", {
    header: () => <HeaderText label="column.effective" />,
    cell: (info) => <PlainCell value={info.getValue()} />,
  }),
  helper.accessor("expire_time", {
    header: () => <HeaderText label="column.expire" />,
    cell: (info) => <PlainCell value={info.getValue()} />,
  }),
]);
