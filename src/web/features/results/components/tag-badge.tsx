import { Badge, Tooltip, type MantineColor } from "@mantine/core";
import {
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconHelpCircle,
  IconHourglass,
  type Icon,
} from "@tabler/icons-react";
import { tagValueOf, type TagValue } from "#domain/tag-status";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { badgeColors } from "./status-badge.tsx";
import classes from "./results.module.css";

type Look = {
  color: MantineColor;
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
 * (reachable by keyboard) explaining what they mean, so the label itself never gets truncated.
 */
export function TagBadge({ value }: TagBadgeProps) {
  const t = useT();
  const kind = tagValueOf(value);
  const { color, Icon, help } = LOOKS[kind];
  const text = value?.trim() ?? "";
  const badge = (
    <Badge
      color={color}
      variant="light"
      tt="none"
      radius="sm"
      className={classes.badge}
      style={badgeColors(color)}
      leftSection={<Icon size={14} aria-hidden />}
      tabIndex={help ? 0 : undefined}
    >
      {t(`results.tag.${kind}`, { value: text })}
    </Badge>
  );
  if (!help) return badge;
  return (
    <Tooltip
      label={t(help, { value: text })}
      multiline
      w={280}
      withArrow
      openDelay={150}
      events={{ hover: true, focus: true, touch: true }}
    >
      {badge}
    </Tooltip>
  );
}
