import { Alert, Group, Loader, Stack, Text } from "@mantine/core";
import { IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import type { ResellerName } from "#domain/tag-filters";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { isStoreDown, toApiError } from "../../../lib/api-error.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { customerHistoryQuery } from "../api/customer-history-query.ts";
import { ScopeHistory } from "./scope-history.tsx";
import { StoreDown } from "./store-down.tsx";

type CustomerHistoryProps = { customerId: string; resellerName: ResellerName };

/** A customer's state and tag history in every scope the store knows it in. */
export function CustomerHistory({ customerId, resellerName }: CustomerHistoryProps) {
  const t = useT();
  const query = useQuery(customerHistoryQuery(customerId));
  if (query.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t("portfolio.customer.loading")}
        </Text>
      </Group>
    );
  }
  if (query.isError) {
    const retry = () => void query.refetch();
    if (isStoreDown(query.error)) return <StoreDown error={query.error} onRetry={retry} />;
    // An ID from a link or a typo that no sync has seen: say that rather than "refused".
    if (toApiError(query.error).code === PROXY_ERRORS.notFound) {
      return (
        <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />}>
          <Text size="sm">{t("portfolio.customer.unknown")}</Text>
        </Alert>
      );
    }
    return <ErrorAlert error={query.error} onRetry={retry} />;
  }
  return (
    <Stack gap="md">
      {query.data.scopes.map((scope) => (
        <ScopeHistory
          key={scope.indirect_partner_id ?? ""}
          scope={scope}
          resellerName={resellerName}
        />
      ))}
    </Stack>
  );
}
