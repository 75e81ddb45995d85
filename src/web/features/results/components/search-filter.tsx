import { CloseButton, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

const DEBOUNCE_MS = 250;

type SearchFilterProps = {
  /** The search text in the URL. */
  value: string;
  onChange: (value: string) => void;
  withNames: boolean;
  /** Without its visible label (the placeholder says what it searches; the name stays). */
  compact?: boolean;
};

/** The ID (and name) search; typing is local and reaches the URL, and the filter, after a pause. */
export function SearchFilter({ value, onChange, withNames, compact = false }: SearchFilterProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed under us (Clear all, back/forward): show what it says.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const commit = useDebouncedCallback((next: string) => onChange(next), DEBOUNCE_MS);
  const change = (next: string) => {
    setText(next);
    commit(next);
  };
  return (
    <TextInput
      label={compact ? undefined : t("results.filter.search")}
      aria-label={compact ? t("results.filter.search") : undefined}
      placeholder={
        withNames ? t("results.filter.searchPlaceholder") : t("results.filter.searchIdOnly")
      }
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t("results.filter.clearSearch")}
            onClick={() => {
              commit.cancel();
              setText("");
              onChange("");
            }}
          />
        ) : null
      }
      spellCheck={false}
      autoComplete="off"
    />
  );
}
