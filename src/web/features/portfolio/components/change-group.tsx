import { Button, Table } from "@mantine/core";
import { useState } from "react";
import type { ResellerName } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { CHANGE_KIND_LABELS } from "../change-kind.ts";
import type { ChangeGroup } from "../change-groups.ts";
import { timeText } from "../time-text.ts";
import { ChangeText } from "./change-text.tsx";
import { CustomerButton } from "./customer-button.tsx";

// Rows drawn at a time: a group of 10,000 events stays readable, and quick to open.
const BATCH = 50;

type ChangeGroupTableProps = {
  id: string;
  group: ChangeGroup;
  resellerName: ResellerName;
  onOpenCustomer: (customerId: string) => void;
};

/** One kind of change's events, newest first, 50 at a time: who, whose, before → after, when. */
export function ChangeGroupTable({
  id,
  group,
  resellerName,
  onOpenCustomer,
}: ChangeGroupTableProps) {
  const t = useT();
  const [limit, setLimit] = useState(BATCH);
  const total = group.events.length;
  const shown = Math.min(limit, total);
  return (
    <div id={id}>
      <Table.ScrollContainer minWidth={640}>
        <Table
          striped
          verticalSpacing={4}
          captionSide="top"
          aria-label={t(CHANGE_KIND_LABELS[group.kind])}
        >
          {/* Several groups open at once stack their tables: each says which it is. */}
          <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
            {t(CHANGE_KIND_LABELS[group.kind])}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("portfolio.col.customer")}</Table.Th>
              <Table.Th>{t("portfolio.col.reseller")}</Table.Th>
              <Table.Th>{t("portfolio.col.change")}</Table.Th>
              <Table.Th>{t("portfolio.col.observed")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.events.slice(0, shown).map((event, index) => (
              <Table.Tr key={`${index}/${event.customer_id}`}>
                <Table.Td>
                  <CustomerButton customerId={event.customer_id} onOpen={onOpenCustomer} />
                </Table.Td>
                <Table.Td fz="sm">{resellerName(event.indirect_partner_id)}</Table.Td>
                <Table.Td>
                  <ChangeText event={event} />
                </Table.Td>
                <Table.Td fz="sm" style={{ whiteSpace: "nowrap" }}>
                  {timeText(t, new Date(event.observed_at))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown < total && (
        <Button variant="default" size="xs" mt="xs" onClick={() => setLimit(shown + BATCH)}>
          {t("portfolio.changes.more", { count: Math.min(BATCH, total - shown), shown, total })}
        </Button>
      )}
    </div>
  );
}
