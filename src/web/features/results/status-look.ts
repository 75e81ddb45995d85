import type { MantineColor } from "@mantine/core";
import {
  IconAlarm,
  IconCalendarX,
  IconCircleCheck,
  IconCircleX,
  IconClockPlay,
  IconHelpCircle,
  IconHourglassHigh,
  IconQuestionMark,
  IconUserX,
  type Icon,
} from "@tabler/icons-react";
import type { TagStatus } from "#domain/tag-status";

/** How a row stands out: N and expired strongly, expiring soon mildly, the rest not at all. */
export type Tone = "danger" | "warning" | undefined;

export type StatusLook = { color: MantineColor; Icon: Icon; tone: Tone };

// Colour is only a hint: every status also has an icon and words (WCAG 1.4.1).
export const STATUS_LOOKS: Record<TagStatus, StatusLook> = {
  expired: { color: "red", Icon: IconCalendarX, tone: "danger" },
  notNew: { color: "red", Icon: IconCircleX, tone: "danger" },
  expiresThisMonth: { color: "orange", Icon: IconAlarm, tone: "warning" },
  expiringSoon: { color: "yellow", Icon: IconHourglassHigh, tone: "warning" },
  active: { color: "green", Icon: IconCircleCheck, tone: undefined },
  notYetEffective: { color: "blue", Icon: IconClockPlay, tone: undefined },
  undetermined: { color: "slate", Icon: IconHelpCircle, tone: undefined },
  noRealName: { color: "gray", Icon: IconUserX, tone: undefined },
  unknown: { color: "gray", Icon: IconQuestionMark, tone: undefined },
};
