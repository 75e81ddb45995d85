import { Group, Stack, Text } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import type { Reseller } from "#contract/huawei-api";
import { useT } from "../../../lib/i18n/i18n-context.ts";

/** One reseller in the picker: name, account name, and the ID in monospace; a tick when chosen. */
export function ResellerOption({
  reseller,
  checked,
}: {
  reseller: Reseller;
  checked?: boolean | undefined;
}) {
  const t = useT();
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" w="100%">
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500}>
          {reseller.name || reseller.account_name || reseller.indirect_partner_id}
        </Text>
        {reseller.account_name && (
          <Text size="xs" c="dimmed">
            {t("resellers.accountName", { name: reseller.account_name })}
          </Text>
        )}
        <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
          {reseller.indirect_partner_id}
        </Text>
      </Stack>
      {checked && <IconCheck size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />}
    </Group>
  );
}
