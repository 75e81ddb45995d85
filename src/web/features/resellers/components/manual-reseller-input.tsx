import { Button, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { checkResellerId, type ResellerIdCheck } from "../reseller-text.ts";

type ManualResellerInputProps = {
  /** The reseller in effect, shown as the starting text. */
  value: string | undefined;
  /** Called with a checked ID, or undefined for the partner's own customers. */
  onApply: (resellerId: string | undefined) => void;
};

function problemText(t: Translate, check: ResellerIdCheck): string | undefined {
  if (check.ok || check.problem === "empty") return undefined;
  if (check.problem === "tooLong") return t("resellers.manual.tooLong", { length: check.length });
  return t("resellers.manual.badCharacter", { character: check.character });
}

/** For partners who may not read the reseller list: type a reseller ID by hand. */
export function ManualResellerInput({ value, onApply }: ManualResellerInputProps) {
  const t = useT();
  const [text, setText] = useState(value ?? "");
  const [error, setError] = useState<string>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const check = checkResellerId(text);
    // A wrong ID keeps the typed text so it can be corrected rather than retyped.
    setError(problemText(t, check));
    if (check.ok) onApply(check.id);
    else if (check.problem === "empty") onApply(undefined);
  };

  return (
    <form onSubmit={apply} noValidate>
      <TextInput
        label={t("resellers.manual.label")}
        description={t("resellers.manual.description")}
        placeholder={t("resellers.manual.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setError(undefined);
        }}
        error={error}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        rightSectionWidth={88}
        rightSection={
          <Button type="submit" size="compact-sm" variant="light">
            {t("resellers.manual.apply")}
          </Button>
        }
      />
    </form>
  );
}
