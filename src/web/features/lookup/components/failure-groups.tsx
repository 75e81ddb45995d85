import { Code, Group, Stack, Text } from "@mantine/core";
import { type FailedId, groupFailures } from "#domain/lookup-buckets";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { explainError } from "../../../lib/error-help.ts";

/** The failed IDs by error: the code, the server's message (as text), what it means, what to do. */
export function FailureGroups({ failed }: { failed: readonly FailedId[] }) {
  const t = useT();
  // The advice names the button exactly as LookupActions labels it.
  const retryLabel = t("lookup.retryFailed", { count: failed.length });
  return (
    <Stack gap="xs">
      {groupFailures(failed).map(({ error, ids }) => {
        const help = explainError(t, error, retryLabel);
        return (
          <Stack key={`${error.code}\n${error.message}`} gap={2}>
            <Group gap="xs">
              <Code>
                {t("lookup.bucket.failed.group", {
                  code: error.code,
                  count: ids.length,
                })}
              </Code>
            </Group>
            <Text size="sm" fw={500}>
              {help.what}
            </Text>
            <Text size="sm">{help.next}</Text>
            {error.message && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {t("error.message")} {error.message}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
