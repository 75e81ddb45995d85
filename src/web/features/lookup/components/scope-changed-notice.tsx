import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconArrowBackUp, IconSearch } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type ScopeChangedNoticeProps = {
  /** Entries of the last lookup (valid IDs and invalid entries). */
  count: number;
  /** Whose customers the last lookup asked about, as the user reads it. */
  runScope: string;
  /** The scope chosen since. */
  scope: string;
  /** Looks up the ID list in the box for the scope now chosen. */
  onRerun: () => void;
  onSwitchBack: () => void;
  canRerun: boolean;
};

/** Said instead of the summary when the scope changed after a lookup, so no row is mislabelled. */
export function ScopeChangedNotice(props: ScopeChangedNoticeProps) {
  const t = useT();
  return (
    <Alert color="blue" variant="light" title={t("lookup.scopeChanged.title")}>
      <Stack gap="sm">
        <Text size="sm">
          {t("lookup.scopeChanged.text", {
            count: props.count,
            runScope: props.runScope,
            scope: props.scope,
          })}
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconSearch size={16} aria-hidden />}
            onClick={props.onRerun}
            disabled={!props.canRerun}
          >
            {t("lookup.scopeChanged.rerun", { scope: props.scope })}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            onClick={props.onSwitchBack}
          >
            {t("lookup.scopeChanged.back", { runScope: props.runScope })}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
