import { Alert, Button, Card, Group, Loader, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconHistory, IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import type { ChangeKind, Changes } from "#contract/portfolio-api";
import type { ResellerName } from "#domain/tag-filters";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { changesQuery } from "../api/changes-query.ts";
import { CHANGE_KIND_LABELS } from "../change-kind.ts";
import { groupChanges } from "../change-groups.ts";
import { timeText } from "../time-text.ts";
import { ChangeGroupTable } from "./change-group.tsx";

type PortfolioChangesProps = {
  resellerName: ResellerName;
  onOpenCustomer: (customerId: string) => void;
};

// A handful of changes shows at once; more fold into one line of groups (the table stays in view).
const SHOWN_AT_ONCE = 10;

/**
 * What changed: the change events since a day (by default what the last sync found), one button
 * per kind with its count on one line, each unfolding that kind's events below; each customer ID
 * opens its history.
 */
export function PortfolioChanges({ resellerName, onOpenCustomer }: PortfolioChangesProps) {
  const t = useT();
  const titleId = useId();
  const panelId = useId();
  // "" is the default: since the previous sync.
  const [day, setDay] = useState("");
  const query = useQuery(changesQuery(day || undefined));
  const groups = useMemo(() => (query.data ? groupChanges(query.data.changes) : []), [query.data]);
  // The groups the user unfolded or folded, for the answer they did it in; a new answer starts over.
  const [chosen, setChosen] = useState<{ of: Changes; kinds: ChangeKind[] }>();
  let opened: ChangeKind[] = [];
  if (chosen && chosen.of === query.data) opened = chosen.kinds;
  else if (query.data && query.data.changes.length <= SHOWN_AT_ONCE)
    opened = groups.map((group) => group.kind);
  const toggle = (kind: ChangeKind) => {
    if (!query.data) return;
    const kinds = opened.includes(kind) ? opened.filter((k) => k !== kind) : [...opened, kind];
    setChosen({ of: query.data, kinds });
  };
  const since = query.data ? timeText(t, new Date(query.data.since)) : undefined;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h5" id={titleId}>
              {t("portfolio.changes.title")}
            </Title>
            {since && (
              <Text size="sm" c="dimmed">
                {day
                  ? t("portfolio.changes.sinceDay", { time: since })
                  : t("portfolio.changes.sinceLastSync", { time: since })}
              </Text>
            )}
          </Stack>
          <Group gap="xs" align="flex-end">
            <TextInput
              type="date"
              size="xs"
              label={t("portfolio.changes.since")}
              value={day}
              onChange={(event) => setDay(event.currentTarget.value)}
            />
            <Button
              variant="default"
              size="xs"
              leftSection={<IconHistory size={16} aria-hidden />}
              disabled={day === ""}
              onClick={() => setDay("")}
            >
              {t("portfolio.changes.lastSync")}
            </Button>
          </Group>
        </Group>
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.isPending && <Loader size="xs" aria-label={t("portfolio.changes.loading")} />}
        {query.data?.truncated && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
            <Text size="sm">{t("portfolio.changes.truncated")}</Text>
          </Alert>
        )}
        {query.data && groups.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("portfolio.changes.none")}
          </Text>
        )}
        {groups.length > 0 && (
          <Group gap="xs">
            {groups.map((group) => {
              const expanded = opened.includes(group.kind);
              const Chevron = expanded ? IconChevronUp : IconChevronDown;
              return (
                <Button
                  key={group.kind}
                  size="xs"
                  variant={expanded ? "light" : "default"}
                  rightSection={<Chevron size={14} aria-hidden />}
                  aria-expanded={expanded}
                  aria-controls={expanded ? `${panelId}-${group.kind}` : undefined}
                  onClick={() => toggle(group.kind)}
                >
                  {t("portfolio.changes.group", {
                    kind: t(CHANGE_KIND_LABELS[group.kind]),
                    count: group.events.length,
                  })}
                </Button>
              );
            })}
          </Group>
        )}
        {groups
          .filter((group) => opened.includes(group.kind))
          .map((group) => (
            <ChangeGroupTable
              key={group.kind}
              id={`${panelId}-${group.kind}`}
              group={group}
              resellerName={resellerName}
              onOpenCustomer={onOpenCustomer}
            />
          ))}
      </Stack>
    </Card>
  );
}
