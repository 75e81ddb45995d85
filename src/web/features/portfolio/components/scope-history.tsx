import { Badge, Card, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import type { CustomerHistory } from "#contract/portfolio-api";
import type { ResellerName } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { CHANGE_KIND_LABELS } from "../change-kind.ts";
import { tagText } from "../change-values.ts";
import { timeText } from "../time-text.ts";
import { ChangeText } from "./change-text.tsx";

type Scope = CustomerHistory["scopes"][number];

/** The customer in one scope: its tag now, when it was first and last seen, and its changes, newest first. */
export function ScopeHistory({
  scope,
  resellerName,
}: {
  scope: Scope;
  resellerName: ResellerName;
}) {
  const t = useT();
  const none = t("portfolio.value.none");
  const at = (iso: string) => timeText(t, new Date(iso));
  const facts: [string, string][] = [
    [t("portfolio.customer.tag"), tagText(scope) ?? none],
    [t("portfolio.customer.effective"), scope.effective_time ?? none],
    [t("portfolio.customer.expire"), scope.expire_time ?? none],
    [t("portfolio.customer.firstSeen"), at(scope.first_seen_at)],
    [t("portfolio.customer.lastSeen"), at(scope.last_seen_at)],
  ];
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={resellerName(scope.indirect_partner_id)}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5">
            {resellerName(scope.indirect_partner_id)}
          </Title>
          {scope.gone_at !== null && (
            <Badge color="gray" variant="light" tt="none">
              {t("portfolio.customer.goneSince", { time: at(scope.gone_at) })}
            </Badge>
          )}
        </Group>
        <dl
          style={{
            margin: 0,
            display: "grid",
            gridTemplateColumns: "max-content 1fr",
            gap: "2px 12px",
          }}
        >
          {facts.map(([term, value]) => (
            <div key={term} style={{ display: "contents" }}>
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </dl>
        <Title order={4} size="h6">
          {t("portfolio.customer.history")}
        </Title>
        {scope.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("portfolio.customer.noHistory")}
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} active={-1}>
            {scope.history.map((event, index) => (
              <Timeline.Item
                key={`${index}/${event.observed_at}`}
                title={
                  <Text size="sm" fw={500}>
                    {t(CHANGE_KIND_LABELS[event.kind])}
                  </Text>
                }
              >
                <ChangeText event={event} />
                <Text size="xs" c="dimmed">
                  {at(event.observed_at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
