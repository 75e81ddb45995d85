import {
  Badge,
  Button,
  Collapse,
  Group,
  type MantineColor,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

// A long list is for skimming; copy and download carry all of them.
const SHOWN_IDS = 500;

type BucketSectionProps = {
  label: string;
  color: MantineColor;
  count: number;
  hint?: ReactNode;
  /** The IDs to list when expanded; none means the bucket has no list of its own. */
  ids?: readonly string[];
  /** Shown when expanded instead of (or above) the plain ID list. */
  details?: ReactNode;
  tools?: ReactNode;
};

/** One bucket of the summary: its count, what it means, and its IDs on demand. */
export function BucketSection({
  label,
  color,
  count,
  hint,
  ids,
  details,
  tools,
}: BucketSectionProps) {
  const t = useT();
  const [open, { toggle }] = useDisclosure(false);
  const expandable = count > 0 && (ids !== undefined || details !== undefined);
  return (
    <Stack gap={4} component="section" aria-label={label}>
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Badge color={color} variant="light" tt="none" size="lg">
            {t("lookup.bucket.heading", { bucket: label, count })}
          </Badge>
        </Group>
        {expandable && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={toggle}
            aria-expanded={open}
            rightSection={
              open ? (
                <IconChevronUp size={14} aria-hidden />
              ) : (
                <IconChevronDown size={14} aria-hidden />
              )
            }
          >
            {open ? t("lookup.bucket.hide") : t("lookup.bucket.show")}
          </Button>
        )}
      </Group>
      {count > 0 && hint}
      {expandable && (
        <Collapse expanded={open}>
          {open && (
            <Stack gap={6} pt={4}>
              {details}
              {ids && (
                <ScrollArea.Autosize mah={220} type="auto">
                  <Text
                    component="pre"
                    size="xs"
                    ff="monospace"
                    m={0}
                    aria-label={t("lookup.bucket.listLabel", { bucket: label })}
                    style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
                  >
                    {ids.slice(0, SHOWN_IDS).join("\n")}
                  </Text>
                </ScrollArea.Autosize>
              )}
              {ids && ids.length > SHOWN_IDS && (
                <Text size="xs" c="dimmed">
                  {t("lookup.bucket.more", {
                    shown: SHOWN_IDS,
                    count: ids.length,
                  })}
                </Text>
              )}
              {tools}
            </Stack>
          )}
        </Collapse>
      )}
    </Stack>
  );
}
