import { Group, Loader, Stack, Text } from "@mantine/core";
import { IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { type DragEvent, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { ACCEPT_ATTRIBUTE, type FileProblem, fileProblem } from "../accept-file.ts";
import classes from "./id-file-drop.module.css";

type IdFileDropProps = {
  onFiles: (files: File[]) => void;
  onReject: (name: string, error: FileProblem) => void;
  loading: boolean;
};

/**
 * Drop files here or click to choose them. A label around a native file input: the input is
 * what the keyboard, screen readers and tests reach, the label is the drop target.
 */
export function IdFileDrop({ onFiles, onReject, loading }: IdFileDropProps) {
  const t = useT();
  const [dragging, setDragging] = useState(false);

  const take = (files: readonly File[]) => {
    const accepted: File[] = [];
    for (const file of files) {
      const problem = fileProblem(file);
      if (problem) onReject(file.name, problem);
      else accepted.push(file);
    }
    if (accepted.length > 0) onFiles(accepted);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!loading) setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!loading) take([...event.dataTransfer.files]);
  };

  return (
    // Dropping is a pointer shortcut only; the keyboard and screen readers use the input inside.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <label
      className={classes.zone}
      data-dragging={dragging || undefined}
      data-disabled={loading || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        className={classes.input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        disabled={loading}
        aria-label={t("lookup.file.drop")}
        onChange={(event) => {
          take([...(event.currentTarget.files ?? [])]);
          // Choosing the same file again must fire again.
          event.currentTarget.value = "";
        }}
      />
      <Group justify="center" gap="md" wrap="nowrap">
        {loading ? (
          <Loader size={28} aria-label={t("lookup.file.reading")} />
        ) : dragging ? (
          <IconUpload size={32} aria-hidden />
        ) : (
          <IconFileSpreadsheet size={32} stroke={1.5} aria-hidden />
        )}
        <Stack gap={2}>
          <Text size="sm" fw={500} aria-hidden>
            {t("lookup.file.drop")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("lookup.file.hint")}
          </Text>
        </Stack>
      </Group>
    </label>
  );
}
