import { ActionIcon, Button, Group, Loader, Stack, Switch, Text, VisuallyHidden } from "@mantine/core";
import { IconHelpCircle, IconRefresh } from "@tabler/icons-react";
import { Hint } from "../../../components/hint.tsx";
import { useId } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { JobStatus } from "../../../components/job-status.tsx";
import { ErrorExplanation } from "../../../components/error-explanation.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import type { CustomerNames } from "../use-customer-names.ts";
import { LIST_PAGE_SIZE } from "../name-map.ts";

/** The Names switch and what loading names is doing: progress with Cancel, done, or why not. */
export function NamesBar({ names }: { names: CustomerNames }) {
  const t = useT();
  const hintId = useId();
  const { list, single, refusal } = names;
  const loaded = list.loaded;
  const total = list.total;

  const hint = single.count > 0 ? t("customers.fewHint") : t("customers.showHint");
  let status = null;
  if (refusal) {
    status = (
      <Text size="sm" c="orange.8">
        {t("customers.refused", { code: toApiError(refusal).code })}
      </Text>
    );
  } else if (names.listMode && list.error) {
    status = (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="red.8">
          {t("customers.failed")}
        </Text>
        <ErrorExplanation error={list.error} retryLabel={t("customers.retry")} />
        <Button
          size="xs"
          variant="outline"
          color="red"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={list.resume}
        >
          {t("customers.retry")}
        </Button>
      </Stack>
    );
  } else if (names.listMode && (list.running || list.stopped)) {
    status = (
      <JobStatus
        status={list.running ? "running" : "cancelled"}
        percent={list.total > 0 ? (list.loaded / list.total) * 100 : list.running ? 0 : undefined}
        progressLabel={t("customers.progressLabel")}
        summary={
          list.running
            ? list.total > 0
              ? t("customers.loading", { loaded, total })
              : t("customers.loadingStart")
            : t("customers.stopped", { loaded, total })
        }
        onCancel={list.cancel}
        cancelLabel={t("customers.cancel")}
        onContinue={list.resume}
        continueLabel={t("customers.continue")}
      />
    );
  } else if (names.listMode && list.complete) {
    status = (
      <Text size="sm" c="dimmed">
        {t("customers.done", { total })}
      </Text>
    );
  } else if (names.declined !== undefined) {
    status = (
      <Text size="sm" c="dimmed">
        {t("customers.declined", {
          total: names.declined,
          calls: Math.ceil(names.declined / LIST_PAGE_SIZE),
        })}
      </Text>
    );
  } else if (single.pending > 0) {
    status = (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t("customers.loadingFew", { count: single.count })}
        </Text>
      </Group>
    );
  }

  return (
    <Group gap="sm" align="center" wrap="wrap">
      {/* The switch's name stays short; what turning it on costs is one "?" away (and read with
          the switch by screen readers). */}
      <Group gap={4} wrap="nowrap" align="center">
        <Switch
          checked={names.wanted}
          onChange={(event) => names.setWanted(event.currentTarget.checked)}
          label={t("customers.show")}
          aria-describedby={hintId}
        />
        <VisuallyHidden id={hintId}>{hint}</VisuallyHidden>
        <Hint label={hint} multiline>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t("customers.about")}>
            <IconHelpCircle size={16} aria-hidden />
          </ActionIcon>
        </Hint>
      </Group>
      <div aria-live="polite">
        {status}
      </div>
    </Group>
  );
}
