import { Button, Group, Tooltip } from "@mantine/core";
import {
  IconPlayerPlay,
  IconPlayerStop,
  IconRefresh,
  IconRotateClockwise,
  IconSearch,
  IconX,
} from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type LookupActionsProps = {
  canQuery: boolean;
  running: boolean;
  failedCount: number;
  /** IDs a Cancel left unsent; Continue sends them. */
  notSentCount: number;
  canRefresh: boolean;
  canClear: boolean;
  onQuery: () => void;
  onCancel: () => void;
  onRetryFailed: () => void;
  onContinue: () => void;
  onRefresh: () => void;
  onClear: () => void;
};

export function LookupActions(props: LookupActionsProps) {
  const t = useT();
  const { running, failedCount, notSentCount } = props;
  return (
    <Group gap="sm">
      <Button
        leftSection={<IconSearch size={16} aria-hidden />}
        onClick={props.onQuery}
        disabled={!props.canQuery || running}
      >
        {t("lookup.query")}
      </Button>
      {running && (
        <Button
          color="red"
          variant="light"
          leftSection={<IconPlayerStop size={16} aria-hidden />}
          onClick={props.onCancel}
        >
          {t("lookup.cancel")}
        </Button>
      )}
      {!running && notSentCount > 0 && (
        <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={props.onContinue}>
          {t("lookup.continue", { count: notSentCount })}
        </Button>
      )}
      {!running && failedCount > 0 && (
        <Button
          color="orange"
          variant="light"
          leftSection={<IconRotateClockwise size={16} aria-hidden />}
          onClick={props.onRetryFailed}
        >
          {t("lookup.retryFailed", { count: failedCount })}
        </Button>
      )}
      {!running && props.canRefresh && (
        <Tooltip label={t("lookup.refreshHint")} multiline w={260}>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={props.onRefresh}
          >
            {t("lookup.refresh")}
          </Button>
        </Tooltip>
      )}
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconX size={16} aria-hidden />}
        onClick={props.onClear}
        disabled={!props.canClear || running}
      >
        {t("lookup.clear")}
      </Button>
    </Group>
  );
}
