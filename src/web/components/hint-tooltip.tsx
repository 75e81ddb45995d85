import { Tooltip } from "@mantine/core";
import type { ReactElement } from "react";

type HintTooltipProps = {
  label: string;
  children: ReactElement;
  multiline: boolean;
  position: "top" | "right";
};

/** The tooltip of `Hint`, open from the start: it mounts because the pointer or focus is there. */
export function HintTooltip({ label, children, multiline, position }: HintTooltipProps) {
  return (
    <Tooltip
      label={label}
      defaultOpened
      withArrow
      position={position}
      multiline={multiline}
      w={multiline ? 280 : undefined}
      events={{ hover: true, focus: true, touch: true }}
    >
      {children}
    </Tooltip>
  );
}
