import { Alert, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

export type PartialLoad = {
  /** Rows loaded so far (browse mode loads page by page). */
  loadedRows: number;
  /**
   * The rows are one page of the server's pager, which is then the only pager: the table shows
   * the whole page, without a pager of its own.
   */
  serverPage: boolean;
};

/** Says plainly that filters, sorting and exports only see the rows loaded so far (Load all is in the browse bar). */
export function PartialNotice({ partial }: { partial: PartialLoad }) {
  const t = useT();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t("results.ws.partialTitle")}
    >
      <Text size="sm">{t("results.ws.partial", { loaded: partial.loadedRows })}</Text>
    </Alert>
  );
}
