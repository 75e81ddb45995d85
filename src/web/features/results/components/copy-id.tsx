import { use, useEffect, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { Hint } from "../../../components/hint.tsx";
import { OpenCustomerContext } from "./open-customer.ts";
import { ACTION_ICON } from "./plain.ts";
import look from "./row-look.module.css";

const COPIED_MS = 1500;

/**
 * A customer ID and a button that copies it, for a cell that sets the monospace text: the ID is
 * the cell's own text and the button one element (Mantine's ActionIcon look, its icon in CSS).
 * Where the page can show a customer's details, a second button opens them.
 */
export function CopyId({ id }: { id: string }) {
  const t = useT();
  const open = use(OpenCustomerContext);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    void navigator.clipboard?.writeText(id).then(() => setCopied(true));
  };
  return (
    <>
      {id}
      <Hint label={copied ? t("results.copy.copied") : t("results.copy.copy")} position="right">
        <button
          type="button"
          className={`${ACTION_ICON} ${look.icon} ${look.copy}`}
          data-variant="subtle"
          data-size="sm"
          data-icon={copied ? "check" : "copy"}
          data-copied={copied || undefined}
          onClick={copy}
          aria-label={t("results.copy.label", { id })}
        />
      </Hint>
      {open && (
        <Hint label={t("results.open.hint")} position="right">
          <button
            type="button"
            className={`${ACTION_ICON} ${look.icon} ${look.copy}`}
            data-variant="subtle"
            data-size="sm"
            data-icon="history"
            onClick={() => open(id)}
            aria-label={t("results.open.label", { id })}
          />
        </Hint>
      )}
    </>
  );
}
