import { Button } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";

type CancelButtonProps = {
  /** Stops the long-running job; what already arrived is kept by the caller. */
  onClick: () => void;
  /** The label, in the caller's words ("Cancel" in most places). */
  children: ReactNode;
};

/** The small red Cancel beside a progress line (Load all, loading names). */
export function CancelButton({ onClick, children }: CancelButtonProps) {
  return (
    <Button variant="outline" color="red" size="xs" leftSection={<IconX size={16} aria-hidden />} onClick={onClick}>
      {children}
    </Button>
  );
}
