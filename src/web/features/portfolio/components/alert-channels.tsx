import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconBell, IconCheck } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { AlertChannel } from "#contract/alerts-api";
import { ErrorExplanation } from "../../../components/error-explanation.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { alertSettingsQuery, sendTestAlert } from "../api/alerts-query.ts";

/**
 * The alert channels the proxy sends each sync's digest to, each with "Send test alert" and what
 * came of it; a line saying how to add one when none is configured.
 */
export function AlertChannels() {
  const t = useT();
  const settings = useQuery(alertSettingsQuery());
  if (!settings.isSuccess) return null;
  const configured = settings.data.channels.filter((channel) => channel.configured);
  if (configured.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("portfolio.alerts.none")}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="section" aria-label={t("portfolio.alerts.title")}>
      <Text size="sm">
        {t("portfolio.alerts.intro", {
          language: t(`portfolio.alerts.language.${settings.data.language}`),
          months: settings.data.expiring_months,
        })}
      </Text>
      {configured.map(({ channel, host }) => (
        <ChannelLine key={channel} channel={channel} host={host} />
      ))}
    </Stack>
  );
}

function ChannelLine({ channel, host }: { channel: AlertChannel; host: string }) {
  const t = useT();
  const test = useMutation({ mutationFn: () => sendTestAlert(channel) });
  const name = t(`portfolio.alerts.channel.${channel}`);
  const refused = test.error ? toApiError(test.error) : undefined;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <IconBell size={16} aria-hidden />
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="sm" c="dimmed">
          {host}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          loading={test.isPending}
          onClick={() => test.mutate()}
          aria-label={t("portfolio.alerts.testFor", { channel: name })}
        >
          {t("portfolio.alerts.test")}
        </Button>
        {test.isSuccess && (
          <Text size="sm" c="green" component="output">
            <IconCheck size={14} aria-hidden /> {t("portfolio.alerts.testSent", { attempts: test.data.attempts })}
          </Text>
        )}
      </Group>
      {refused && (
        <Alert color="red" variant="light" role="alert" p="xs">
          <ErrorExplanation error={refused} retryLabel={t("portfolio.alerts.test")} />
        </Alert>
      )}
    </Stack>
  );
}
