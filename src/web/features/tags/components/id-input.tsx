import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconInfoCircle, IconSearch, IconX } from "@tabler/icons-react";
import { useMemo, type FormEvent, type KeyboardEvent } from "react";
import { LIMITS } from "#shared/huawei-api";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { splitIds } from "../split-ids.ts";

type IdInputProps = {
  /** The raw text in the box (controlled, so "Try demo IDs" can fill it). */
  value: string;
  onChange: (value: string) => void;
  /** Called with the de-duplicated IDs to query: at most LIMITS.idsPerTagQuery of them. */
  onSubmit: (ids: string[]) => void;
  onClear: () => void;
  /** Shows the Query button as busy while a query runs. */
  loading?: boolean;
};

export function IdInput({ value, onChange, onSubmit, onClear, loading = false }: IdInputProps) {
  const t = useT();
  const ids = useMemo(() => splitIds(value), [value]);
  const limit = LIMITS.idsPerTagQuery;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (ids.length > 0) onSubmit(ids.slice(0, limit));
  };
  // Ctrl/⌘+Enter queries without leaving the keyboard; plain Enter still starts a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit(event);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t("input.label")}
          description={t("input.description")}
          placeholder={t("input.placeholder")}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          autosize
          minRows={8}
          maxRows={16}
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t("input.count", { count: ids.length })}
        </Text>
        {ids.length > limit && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} p="xs">
            <Text size="sm">{t("input.tooMany", { count: ids.length, limit })}</Text>
          </Alert>
        )}
        <Group gap="sm">
          <Button
            type="submit"
            leftSection={<IconSearch size={16} aria-hidden />}
            disabled={ids.length === 0}
            loading={loading}
          >
            {t("input.query")}
          </Button>
          <Button
            variant="default"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={onClear}
            disabled={value.length === 0}
          >
            {t("input.clear")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
