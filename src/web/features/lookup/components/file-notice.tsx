import { Alert, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileCheck } from "@tabler/icons-react";
import type { MessageKey } from "../../../lib/i18n/catalog.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { FileNotice as Notice, IdList } from "../use-id-input.ts";

type FileNoticeProps = { notice: Notice; onDismiss: () => void };

const ENCODINGS = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  gb18030: "GBK / GB18030",
} as const;

function useColumnText() {
  const t = useT();
  return (choice: IdList["choice"]): string => {
    if (!choice || choice.by === "list") return t("lookup.file.column.list");
    if (choice.by === "single") return t("lookup.file.column.single");
    if (choice.by === "header") return t("lookup.file.column.header", { header: choice.header });
    return choice.header
      ? t("lookup.file.column.valuesNamed", { header: choice.header })
      : t("lookup.file.column.values", { column: choice.column + 1 });
  };
}

/** Says what a file load did (rows, column and why, values) or why it failed, keeping the input. */
export function FileNotice({ notice, onDismiss }: FileNoticeProps) {
  const t = useT();
  const columnText = useColumnText();
  if (notice.kind === "loaded") {
    const { list } = notice;
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconFileCheck aria-hidden />}
        withCloseButton
        closeButtonLabel={t("lookup.file.dismiss")}
        onClose={onDismiss}
        p="xs"
      >
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("lookup.file.loaded", {
            name: list.name,
            rows: list.rows,
            count: list.parsed.entries,
            column: columnText(list.choice),
          })}{" "}
          {list.encoding && t("lookup.file.encoding", { encoding: ENCODINGS[list.encoding] })}
        </Text>
      </Alert>
    );
  }
  const { load } = notice;
  const what = `lookup.file.error.${load.error}` as MessageKey;
  const next = `lookup.file.error.${load.error}.next` as MessageKey;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t("lookup.file.errorTitle", { name: load.name })}
      icon={<IconAlertTriangle aria-hidden />}
      withCloseButton
      closeButtonLabel={t("lookup.file.dismiss")}
      onClose={onDismiss}
      styles={{ title: { overflowWrap: "anywhere" } }}
    >
      <Text size="sm" fw={500}>
        {t(what, { message: "message" in load ? load.message : "" })}
      </Text>
      <Text size="sm">{t(next)}</Text>
      <Text size="sm" c="dimmed">
        {t("lookup.file.kept")}
      </Text>
    </Alert>
  );
}
