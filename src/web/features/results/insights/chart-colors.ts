import type { MantineColor } from "@mantine/core";
import type { TagStatus } from "#domain/tag-status";

// The charts' colours follow the status chips' (status-look.ts), with two reds told apart:
// a slice or a stack needs its own colour where a chip also has its icon and words.
export const STATUS_CHART_COLORS: Record<TagStatus, MantineColor> = {
  expired: "red.8",
  notNew: "red.4",
  expiresThisMonth: "orange.6",
  expiringSoon: "yellow.5",
  active: "green.6",
  notYetEffective: "blue.5",
  undetermined: "violet.4",
  noRealName: "gray.6",
  unknown: "gray.4",
};

/** The largest resellers' stacks, in order; the rest share OTHERS_COLOR. */
export const RESELLER_COLORS: readonly MantineColor[] = ["blue.6", "teal.6", "grape.6", "orange.6", "cyan.6", "lime.7"];
export const OTHERS_COLOR: MantineColor = "gray.5";
