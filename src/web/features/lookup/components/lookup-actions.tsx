import { Button, Group, Tooltip } from "@mantine/core";
import {
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
  canRefresh: boolean;
  canClear: boolean;
  onQuery: () => void;
  onRetryFailed: () => void;
  onRefresh: () => void;
  onClear: () => void;
};

/** Query, and what can be done with the last run (Retry failed, Refresh); Cancel and Continue sit with its progress. */
export function LookupActions(props: LookupActionsProps) {
  const t = useT();
  const { running, failedCount } = props;
  return (
    <Group gap="sm">
      <Button
        leftSection={<IconSearch size={16} aria-hidden />}
        onClick={props.onQuery}
        disabled={!props.canQuery || running}
      >
        {t("lookup.query")}
      </Button>
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
