import { Button, Stack } from "@mantine/core";
import { IconUser } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import { setScope } from "../../../lib/scope.ts";

const UNKNOWN_RESELLER = "CBC.99000037";

/** A failed page: the explanation, Retry where asking again can help, and a way back to the own customers. */
export function BrowseError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const unknownReseller = toApiError(error).code === UNKNOWN_RESELLER;
  return (
    <Stack gap="xs" align="flex-start">
      {/* Retry shows only where asking again can help; otherwise the explanation says what to fix. */}
      <ErrorAlert error={error} onRetry={onRetry} />
      {unknownReseller && (
        <Button
          variant="light"
          leftSection={<IconUser size={16} aria-hidden />}
          onClick={() => setScope(undefined)}
        >
          {t("browse.backToOwn")}
        </Button>
      )}
    </Stack>
  );
}
