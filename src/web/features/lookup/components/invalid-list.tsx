import { Code, List, Text } from "@mantine/core";
import type { InvalidEntry } from "#domain/customer-ids";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { reasonText, whereText } from "../invalid-reason-text.ts";

// Enough to spot a pattern; the full list is in the download.
export const SHOWN_INVALID = 100;

/** Invalid entries with where they were and why they cannot be IDs; rendered as text, never HTML. */
export function InvalidList({ entries }: { entries: readonly InvalidEntry[] }) {
  const t = useT();
  const shown = entries.slice(0, SHOWN_INVALID);
  return (
    <>
      <List
        size="sm"
        spacing={4}
        aria-label={t("lookup.invalid.listLabel")}
        listStyleType="none"
        withPadding={false}
      >
        {shown.map((entry) => {
          const where = whereText(t, entry);
          return (
            <List.Item
              key={`${entry.source ?? ""}\n${entry.value}`}
              style={{ overflowWrap: "anywhere" }}
            >
              <Code>{entry.value}</Code>{" "}
              {where && (
                <Text span size="xs" c="dimmed">
                  ({where})
                </Text>
              )}{" "}
              — {reasonText(t, entry.reason)}
            </List.Item>
          );
        })}
      </List>
      {entries.length > shown.length && (
        <Text size="xs" c="dimmed">
          {t("lookup.invalid.more", { count: entries.length - shown.length })}
        </Text>
      )}
    </>
  );
}
