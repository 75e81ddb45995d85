import { Badge, Button, Collapse, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import type { IdParseResult } from "#domain/customer-ids";
import { LIMITS } from "#contract/huawei-constants";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { InvalidList } from "./invalid-list.tsx";

// Huawei's default flow control: the floor any run of this many batches takes.
const CALLS_PER_SECOND = 10;

/** Live counts of the input: valid, duplicates, invalid (with the list of why), and the calls it takes. */
export function InputCounts({ parsed, counting }: { parsed: IdParseResult; counting: boolean }) {
  const t = useT();
  const [open, { toggle }] = useDisclosure(false);
  const batches = Math.ceil(parsed.ids.length / LIMITS.idsPerTagQuery);
  if (parsed.entries === 0) return null;
  return (
    <Stack component="output" gap={6} aria-live="polite" aria-label={t("lookup.counts.label")}>
      <Group gap={6}>
        <Badge color="teal" variant="light" tt="none">
          {t("lookup.counts.valid", { count: parsed.ids.length })}
        </Badge>
        <Badge color="gray" variant="light" tt="none">
          {t("lookup.counts.duplicates", { count: parsed.duplicates })}
        </Badge>
        <Badge color={parsed.invalid.length > 0 ? "red" : "gray"} variant="light" tt="none">
          {t("lookup.counts.invalid", { count: parsed.invalid.length })}
        </Badge>
        {counting && (
          <Text size="xs" c="dimmed">
            {t("lookup.counts.updating")}
          </Text>
        )}
      </Group>
      {parsed.converted > 0 && (
        <Text size="xs" c="dimmed">
          {t("lookup.counts.converted", { count: parsed.converted })}
        </Text>
      )}
      {batches > 1 && (
        <Text size="xs" c="dimmed">
          {t("lookup.counts.batches", {
            ids: parsed.ids.length,
            batches,
            seconds: Math.ceil(batches / CALLS_PER_SECOND),
          })}
        </Text>
      )}
      {parsed.invalid.length > 0 && (
        <>
          <Group>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
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
              {open
                ? t("lookup.invalid.hide")
                : t("lookup.invalid.show", { count: parsed.invalid.length })}
            </Button>
          </Group>
          <Collapse expanded={open}>
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t("lookup.invalid.intro")}
              </Text>
              {open && <InvalidList entries={parsed.invalid} />}
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
