import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { Hint } from "./hint.tsx";
import { ACTION_ICON, ACTION_ICON_ICON, actionIconStyle, GROUP, TEXT } from "./plain.ts";
import classes from "./results.module.css";

const COPIED_MS = 1500;

/** A customer ID in monospace with a button that copies it (plain elements, Mantine's look). */
export function CopyId({ id }: { id: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    void navigator.clipboard?.writeText(id).then(() => setCopied(true));
  };
  const Icon = copied ? IconCheck : IconCopy;
  return (
    <div className={`${GROUP} ${classes.idGroup}`}>
      <p className={`${TEXT} ${classes.cellText} ${classes.mono}`} data-size="sm">
        {id}
      </p>
      <Hint label={copied ? t("results.copy.copied") : t("results.copy.copy")} position="right">
        <button
          type="button"
          className={ACTION_ICON}
          data-variant="subtle"
          data-size="sm"
          style={actionIconStyle(copied ? "teal" : "gray")}
          onClick={copy}
          aria-label={t("results.copy.label", { id })}
        >
          <span className={ACTION_ICON_ICON}>
            <Icon size={14} aria-hidden />
          </span>
        </button>
      </Hint>
    </div>
  );
}
