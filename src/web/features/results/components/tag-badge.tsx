import { tagValueOf, type TagValue } from "#domain/tag-status";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import type { RowIcon } from "../status-look.ts";
import { Hint } from "../../../components/hint.tsx";
import { plainBadge } from "./plain-badge.tsx";

type Look = {
  color: string;
  icon: RowIcon;
  help?: "results.tag.UNDETERMINEDHelp" | "results.tag.emptyHelp" | "results.tag.otherHelp";
};

const LOOKS: Record<TagValue, Look> = {
  Y: { color: "green", icon: "circle-check" },
  N: { color: "red", icon: "circle-x" },
  UNDETERMINED: { color: "slate", icon: "hourglass", help: "results.tag.UNDETERMINEDHelp" },
  empty: { color: "gray", icon: "circle-dashed", help: "results.tag.emptyHelp" },
  other: { color: "gray", icon: "help-circle", help: "results.tag.otherHelp" },
};

/** Colour and icon of a tag value's badge. */
export function tagLook(kind: TagValue): { color: string; icon: RowIcon } {
  const { color, icon } = LOOKS[kind];
  return { color, icon };
}

/** Tells whether a tag value's badge explains itself in a tooltip (and so must be a component). */
export function tagBadgeNeedsHint(kind: TagValue): boolean {
  return LOOKS[kind].help !== undefined;
}

type TagBadgeProps = {
  /** Huawei's `new_customer_tag`: Y, N, UNDETERMINED, or absent/blank. */
  value: string | null | undefined;
};

/**
 * Huawei's tag in short words; UNDETERMINED, the empty tag and unknown values carry a tooltip
 * (reachable by keyboard, mounted on first hover or focus) explaining what they mean, so the
 * label itself never gets truncated.
 */
export function TagBadge({ value }: TagBadgeProps) {
  const t = useT();
  const kind = tagValueOf(value);
  const { color, icon, help } = LOOKS[kind];
  const text = value?.trim() ?? "";
  const label = t(`results.tag.${kind}`, { value: text });
  if (!help) return plainBadge({ color, icon, children: label });
  return (
    <Hint label={t(help, { value: text })} multiline>
      {plainBadge({ color, icon, tabIndex: 0, children: label })}
    </Hint>
  );
}
