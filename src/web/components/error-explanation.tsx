import { Code, Group, Stack, Text } from "@mantine/core";
import { useT } from "../lib/i18n/i18n-context.ts";
import { toApiError } from "../lib/api-error.ts";
import { explainError } from "../lib/error-help.ts";

type ErrorExplanationProps = {
  /** What the failed query threw; anything that is not an `ApiError` is explained as a bad response. */
  error: unknown;
  /** The exact label of the control beside it that asks again, which the advice may name. */
  retryLabel: string;
};

/**
 * A failure in the UI's language: what failed and what to do next, built from the error code and
 * its parameters; then the code, the status and the server's own message, for the administrator.
 */
export function ErrorExplanation({ error, retryLabel }: ErrorExplanationProps) {
  const t = useT();
  const failure = toApiError(error);
  const { what, next } = explainError(t, failure, retryLabel);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {what}
      </Text>
      <Text size="sm">{next}</Text>
      <Group gap="xs">
        <Code>{t("error.code", { code: failure.code })}</Code>
        {failure.status > 0 && <Code>{t("error.status", { status: failure.status })}</Code>}
      </Group>
      {failure.message && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {t("error.message")} {failure.message}
        </Text>
      )}
    </Stack>
  );
}
