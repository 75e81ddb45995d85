import { ActionIcon, CopyButton, Group, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

/** A customer ID in monospace with a button that copies it. */
export function CopyId({ id }: { id: string }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace" style={{ whiteSpace: "nowrap" }}>
        {id}
      </Text>
      <CopyButton value={id} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip
            label={copied ? t("results.copy.copied") : t("results.copy.copy")}
            withArrow
            position="right"
          >
            <ActionIcon
              variant="subtle"
              color={copied ? "teal" : "gray"}
              size="sm"
              onClick={copy}
              aria-label={t("results.copy.label", { id })}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
