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

/** Tabler icons the table draws with CSS (components/row-look.module.css), by their file names. */
export type RowIcon =
  | "calendar-x"
  | "circle-x"
  | "alarm"
  | "hourglass-high"
  | "circle-check"
  | "clock-play"
  | "help-circle"
  | "user-x"
  | "question-mark"
  | "hourglass"
  | "circle-dashed"
  | "copy"
  | "check";

/** A status's colour and icon, as a component (chips, legend) and as the table's CSS icon. */
export type StatusLook = { color: MantineColor; Icon: Icon; icon: RowIcon; tone: Tone };

// Colour is only a hint: every status also has an icon and words (WCAG 1.4.1).
export const STATUS_LOOKS: Record<TagStatus, StatusLook> = {
  expired: { color: "red", Icon: IconCalendarX, icon: "calendar-x", tone: "danger" },
  notNew: { color: "red", Icon: IconCircleX, icon: "circle-x", tone: "danger" },
  expiresThisMonth: { color: "orange", Icon: IconAlarm, icon: "alarm", tone: "warning" },
  expiringSoon: { color: "yellow", Icon: IconHourglassHigh, icon: "hourglass-high", tone: "warning" },
  active: { color: "green", Icon: IconCircleCheck, icon: "circle-check", tone: undefined },
  notYetEffective: { color: "blue", Icon: IconClockPlay, icon: "clock-play", tone: undefined },
  undetermined: { color: "slate", Icon: IconHelpCircle, icon: "help-circle", tone: undefined },
  noRealName: { color: "gray", Icon: IconUserX, icon: "user-x", tone: undefined },
  unknown: { color: "gray", Icon: IconQuestionMark, icon: "question-mark", tone: undefined },
};
