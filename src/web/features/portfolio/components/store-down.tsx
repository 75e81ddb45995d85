import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconDatabaseOff, IconRefresh } from "@tabler/icons-react";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ErrorExplanation } from "../../../components/error-explanation.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import { errorHelp, explainError } from "../../../lib/error-help.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type StoreDownProps = {
  /** What a portfolio route answered (PROXY.0501 or PROXY.0532); absent when health said the store is off. */
  error?: unknown;
  /** Asks the store again; offered only where that can help (not for a store turned off). */
  onRetry?: () => void;
};

/**
 * Why the portfolio cannot be shown, in plain words, and that lookups still work: the shared
 * explanation of the store's codes, with the code itself when a route answered it.
 */
export function StoreDown({ error, onRetry }: StoreDownProps) {
  const t = useT();
  const retryLabel = t("error.retry");
  // Health's "off" is the same fact as the routes' PROXY.0501, said before asking them.
  const facts =
    error === undefined ? { code: PROXY_ERRORS.storeOff, status: 501 } : toApiError(error);
  const { what, next } = explainError(t, facts, retryLabel);
  const canRetry = onRetry !== undefined && errorHelp(facts).retry;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconDatabaseOff aria-hidden />}
      title={t("portfolio.down.title")}
    >
      <Stack gap="xs">
        {error === undefined ? (
          <>
            <Text size="sm" fw={500}>
              {what}
            </Text>
            <Text size="sm">{next}</Text>
          </>
        ) : (
          <ErrorExplanation error={error} retryLabel={retryLabel} />
        )}
        {canRetry && (
          <Group>
            <Button
              size="xs"
              variant="outline"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
            >
              {retryLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
