import { Textarea } from "@mantine/core";
import type { ClipboardEvent, KeyboardEvent, Ref } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type IdPasteBoxProps = {
  value: string;
  onChange: (value: string) => void;
  /** Offered every paste first; returns true when it kept the text out of the box (huge pastes). */
  onPaste: (text: string) => Promise<boolean>;
  onSubmit: () => void;
  disabled?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
};

export function IdPasteBox({
  value,
  onChange,
  onPaste,
  onSubmit,
  disabled = false,
  inputRef,
}: IdPasteBoxProps) {
  const t = useT();
  const handlePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData("text");
    // Decided synchronously by size, so a small paste goes into the box as the browser does it.
    if (pasted.split("\n", 5002).length > 5000) {
      event.preventDefault();
      void onPaste(pasted);
    }
  };
  // Ctrl/⌘+Enter queries without leaving the keyboard; plain Enter still starts a new line.
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <Textarea
      ref={inputRef}
      label={t("lookup.box.label")}
      description={t("lookup.box.description")}
      placeholder={t("lookup.box.placeholder")}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onPaste={handlePaste}
      onKeyDown={handleKeyDown}
      disabled={disabled}
      autosize
      minRows={6}
      maxRows={14}
      spellCheck={false}
      autoComplete="off"
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
    />
  );
}
