import { Group, Stack, Text } from "@mantine/core";
import { Dropzone, type FileRejection } from "@mantine/dropzone";
// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/dropzone/styles.css";
import { IconFileSpreadsheet, IconUpload, IconX } from "@tabler/icons-react";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { MAX_FILE_BYTES } from "../file-limits.ts";

// Extensions count as much as MIME types: Windows reports CSV files as application/vnd.ms-excel.
const ACCEPT = {
  "text/csv": [".csv"],
  "application/vnd.ms-excel": [".csv"],
  "text/tab-separated-values": [".tsv"],
  "text/plain": [".txt", ".tsv", ".csv"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
};

type IdFileDropProps = {
  onFiles: (files: File[]) => void;
  onReject: (name: string, error: "tooLarge" | "unsupported" | "empty") => void;
  loading: boolean;
};

function rejectionOf(rejection: FileRejection): "tooLarge" | "unsupported" | "empty" {
  const codes = rejection.errors.map((error) => error.code);
  if (codes.includes("file-too-large")) return "tooLarge";
  if (codes.includes("file-too-small")) return "empty";
  return "unsupported";
}

export function IdFileDrop({ onFiles, onReject, loading }: IdFileDropProps) {
  const t = useT();
  return (
    <Dropzone
      onDrop={onFiles}
      onReject={(rejections) => {
        for (const rejection of rejections) onReject(rejection.file.name, rejectionOf(rejection));
      }}
      maxSize={MAX_FILE_BYTES}
      accept={ACCEPT}
      loading={loading}
      multiple
      aria-label={t("lookup.file.drop")}
      p="md"
    >
      <Group justify="center" gap="md" wrap="nowrap" style={{ pointerEvents: "none" }}>
        <Dropzone.Accept>
          <IconUpload size={32} aria-hidden />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={32} aria-hidden />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileSpreadsheet size={32} stroke={1.5} aria-hidden />
        </Dropzone.Idle>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t("lookup.file.drop")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("lookup.file.hint")}
          </Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
