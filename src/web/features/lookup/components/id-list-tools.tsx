import { Button, Group } from "@mantine/core";
import { useClipboard } from "@mantine/hooks";
import { IconCheck, IconCopy, IconDownload } from "@tabler/icons-react";
import { encodeCsv } from "#shared/csv";
import { useLocale, useT } from "../../../app/i18n/i18n-context.ts";
import { downloadText } from "../../../lib/download.ts";
import { formatCount } from "../format.ts";

type IdListToolsProps = {
  ids: readonly string[];
  /** The CSV, header first; defaults to one customer_id column. */
  csvRows?: () => string[][];
  /** File name without extension, e.g. "not-returned-ids". */
  fileName: string;
};

/** Copy to the clipboard (one ID a line) and download as CSV, for any ID list. */
export function IdListTools({ ids, csvRows, fileName }: IdListToolsProps) {
  const t = useT();
  const { locale } = useLocale();
  const clipboard = useClipboard({ timeout: 2000 });
  const download = () => {
    const rows = csvRows ? csvRows() : [[t("lookup.ids.header")], ...ids.map((id) => [id])];
    downloadText(`${fileName}.csv`, encodeCsv(rows, { bom: true }), "text/csv");
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
          ? t("lookup.ids.copied", { count: formatCount(ids.length, locale) })
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
