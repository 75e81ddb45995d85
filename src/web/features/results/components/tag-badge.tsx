import {
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconHelpCircle,
  IconHourglass,
  type Icon,
} from "@tabler/icons-react";
import { tagValueOf, type TagValue } from "#domain/tag-status";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { Hint } from "./hint.tsx";
import { PlainBadge } from "./plain-badge.tsx";

type Look = {
  color: string;
  Icon: Icon;
  help?: "results.tag.UNDETERMINEDHelp" | "results.tag.emptyHelp" | "results.tag.otherHelp";
};

const LOOKS: Record<TagValue, Look> = {
  Y: { color: "green", Icon: IconCircleCheck },
  N: { color: "red", Icon: IconCircleX },
  UNDETERMINED: { color: "slate", Icon: IconHourglass, help: "results.tag.UNDETERMINEDHelp" },
  empty: { color: "gray", Icon: IconCircleDashed, help: "results.tag.emptyHelp" },
  other: { color: "gray", Icon: IconHelpCircle, help: "results.tag.otherHelp" },
};

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
  const { color, Icon, help } = LOOKS[kind];
  const text = value?.trim() ?? "";
  const label = t(`results.tag.${kind}`, { value: text });
  if (!help)
    return (
      <PlainBadge color={color} Icon={Icon}>
        {label}
      </PlainBadge>
    );
  return (
    <Hint label={t(help, { value: text })} multiline>
      <PlainBadge color={color} Icon={Icon} tabIndex={0}>
        {label}
      </PlainBadge>
    </Hint>
  );
}
