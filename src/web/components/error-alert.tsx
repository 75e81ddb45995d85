import { Alert, Button, Group, Stack } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useT } from "../lib/i18n/i18n-context.ts";
import { toApiError } from "../lib/api-error.ts";
import { errorHelp } from "../lib/error-help.ts";
import { ErrorExplanation } from "./error-explanation.tsx";

type ErrorAlertProps = {
  /** What the failed query threw; anything that is not an `ApiError` is shown as a bad response. */
  error: unknown;
  /** Asks again; the Retry button shows only where asking again can help (never after a 4xx other than 429). */
  onRetry?: () => void;
};

/** A failure the user can act on: what failed, the error code, the server's message, what to do next. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const t = useT();
  const canRetry = onRetry !== undefined && errorHelp(toApiError(error)).retry;
  return (
    <Alert
      color="red"
      variant="light"
      title={t("error.title")}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack gap="xs">
        <ErrorExplanation error={error} retryLabel={t("error.retry")} />
        {canRetry && (
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
