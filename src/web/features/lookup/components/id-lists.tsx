import { Button, CloseButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconClipboardList, IconFileSpreadsheet, IconPencil } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { IdList } from "../use-id-input.ts";

type IdListsProps = {
  lists: readonly IdList[];
  onRemove: (key: number) => void;
  onEdit: (key: number) => void;
  disabled: boolean;
};

/** The lists held outside the text box (files, huge pastes), each removable. */
export function IdLists({ lists, onRemove, onEdit, disabled }: IdListsProps) {
  const t = useT();
  if (lists.length === 0) return null;
  return (
    <Stack gap={6}>
      {lists.map((list) => {
        const count = list.parsed.entries;
        const label =
          list.kind === "file"
            ? t("lookup.list.file", { name: list.name, count })
            : t("lookup.list.paste", { lines: list.rows, count });
        const Icon = list.kind === "file" ? IconFileSpreadsheet : IconClipboardList;
        return (
          <Paper key={list.key} withBorder radius="sm" px="sm" py={6}>
            <Group gap="xs" wrap="nowrap">
              <Icon size={18} aria-hidden style={{ flexShrink: 0 }} />
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {label}
                </Text>
                {list.kind === "paste" && (
                  <Text size="xs" c="dimmed">
                    {t("lookup.list.bigPaste")}
                  </Text>
                )}
              </Stack>
              {list.kind === "paste" && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => onEdit(list.key)}
                  disabled={disabled}
                >
                  {t("lookup.list.edit")}
                </Button>
              )}
              <CloseButton
                size="sm"
                aria-label={t("lookup.list.remove", {
                  name: list.kind === "file" ? list.name : t("lookup.list.pasteName"),
                })}
                onClick={() => onRemove(list.key)}
                disabled={disabled}
              />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
