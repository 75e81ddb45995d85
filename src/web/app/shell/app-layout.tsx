import { Box, Container } from "@mantine/core";
import type { ReactNode } from "react";
import { AppHeader } from "./app-header.tsx";
import classes from "./app-layout.module.css";

const HEADER_HEIGHT = 60;

type AppLayoutProps = {
  demoMode: boolean;
  children: ReactNode;
};

/**
 * Header with product name, the demo notice and settings, above every page's content.
 * A sticky header instead of Mantine's AppShell, which brings 20 KB for navbars and asides this
 * app does not have.
 */
export function AppLayout({ demoMode, children }: AppLayoutProps) {
  return (
    <Box style={{ "--app-shell-header-height": `${HEADER_HEIGHT}px` }}>
      <header className={classes.header}>
        <AppHeader demoMode={demoMode} />
      </header>
      <main>
        <Container size="xl" py="md" px={{ base: "sm", sm: "lg" }}>
          {children}
        </Container>
      </main>
    </Box>
  );
}
