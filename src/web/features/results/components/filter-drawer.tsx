import { Drawer } from "@mantine/core";
import type { ReactNode } from "react";

type FilterDrawerProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
};

/** The filter panel on phones: a drawer from the bottom (its own chunk; desktops never load it). */
export function FilterDrawer({ opened, onClose, title, children }: FilterDrawerProps) {
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="bottom" size="90%">
      {children}
    </Drawer>
  );
}
