import { AppShell, Container, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { DemoBanner } from "../../features/health/components/demo-banner.tsx";
import { AppHeader } from "./app-header.tsx";

const HEADER_HEIGHT = 60;

type AppLayoutProps = {
  demoMode: boolean;
  children: ReactNode;
};

/** Header with product name and settings; the demo warning sits above every page's content. */
export function AppLayout({ demoMode, children }: AppLayoutProps) {
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={0}>
      <AppShell.Header>
        <AppHeader demoMode={demoMode} />
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" py="lg" px={{ base: "sm", sm: "lg" }}>
          <Stack gap="lg">
            {demoMode && <DemoBanner />}
            {children}
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
