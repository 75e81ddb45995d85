import { Button, Group } from "@mantine/core";
import { useClipboard } from "@mantine/hooks";
import { IconCheck, IconCopy, IconDownload } from "@tabler/icons-react";
import { encodeCsv } from "#domain/csv";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { downloadText } from "../../../lib/download.ts";
import { exportFileName } from "../../../lib/export-file-name.ts";

type IdListToolsProps = {
  ids: readonly string[];
  /** The CSV, header first; defaults to one customer_id column. */
  csvRows?: () => string[][];
  /** What the list is: "not-returned-ids" gives `not-returned-ids_2026-11-29_own.csv`. */
  subject: string;
  /** The reseller whose customers were looked up; none for the partner's own. */
  scopeLabel: string | undefined;
};

/** Copy to the clipboard (one ID a line) and download as CSV, for any ID list. */
export function IdListTools({ ids, csvRows, subject, scopeLabel }: IdListToolsProps) {
  const t = useT();
  const clipboard = useClipboard({ timeout: 2000 });
  const download = () => {
    const rows = csvRows ? csvRows() : [[t("lookup.ids.header")], ...ids.map((id) => [id])];
    const fileName = exportFileName({ now: new Date(), scopeLabel, extension: "csv", subject });
    downloadText(fileName, encodeCsv(rows, { bom: true }), "text/csv");
  };
  return (
    <Group gap="xs">
      <Button
        size="compact-sm"
        variant="default"
        leftSection={
          clipboard.copied ? (
            <IconCheck size={14} aria-hidden />
          ) : (
            <IconCopy size={14} aria-hidden />
          )
        }
        onClick={() => clipboard.copy(ids.join("\n"))}
      >
        {clipboard.copied
          ? t("lookup.ids.copied", { count: ids.length })
          : t("lookup.ids.copy")}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={download}
      >
        {t("lookup.ids.download")}
      </Button>
    </Group>
  );
}
