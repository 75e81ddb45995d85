import { cloneElement, lazy, Suspense, useState, type ReactElement } from "react";

const HintTooltip = lazy(() =>
  import("./hint-tooltip.tsx").then((module) => ({ default: module.HintTooltip })),
);

type HintProps = {
  label: string;
  /** One focusable or hoverable element. */
  children: ReactElement<{ onPointerEnter?: () => void; onFocus?: () => void }>;
  multiline?: boolean;
  position?: "top" | "right";
};

/**
 * A tooltip mounted on first hover or focus: rows of a long table carry none until someone points
 * at one, and then only that element does (a Tooltip per row would cost every row its floating
 * machinery while scrolling).
 */
export function Hint({ label, children, multiline = false, position = "top" }: HintProps) {
  const [armed, setArmed] = useState(false);
  if (!armed) {
    const arm = () => setArmed(true);
    return cloneElement(children, { onPointerEnter: arm, onFocus: arm });
  }
  return (
    <Suspense fallback={children}>
      <HintTooltip label={label} multiline={multiline} position={position}>
        {children}
      </HintTooltip>
    </Suspense>
  );
}
