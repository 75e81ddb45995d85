import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useT } from "../app/i18n/i18n-context.ts";
import { toApiError } from "../lib/api-error.ts";
import { errorHelp } from "../lib/error-help.ts";

type ErrorAlertProps = {
  /** What the failed query threw; anything that is not an `ApiError` is shown as a bad response. */
  error: unknown;
  /** Shows a Retry button when given. */
  onRetry?: () => void;
};

/** A failure the user can act on: what failed, the error code, the server's message, what to do next. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const t = useT();
  const { status, code, message } = toApiError(error);
  const help = errorHelp(code, status);
  return (
    <Alert
      color="red"
      variant="light"
      title={t("error.title")}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t(help.what)}
        </Text>
        <Text size="sm">{t(help.next)}</Text>
        <Group gap="xs">
          <Code>{t("error.code", { code })}</Code>
          {status > 0 && <Code>{t("error.status", { status })}</Code>}
        </Group>
        {message && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            {t("error.message")} {message}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button
              size="xs"
              variant="outline"
              color="red"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
            >
              {t("error.retry")}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
