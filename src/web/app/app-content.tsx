import { useDemoMode } from "../features/health/api/use-demo-mode.ts";
import { AppLayout } from "./shell/app-layout.tsx";
import { TagsPage } from "./tags-page.tsx";

/** Everything below the providers; a router goes here once there is more than one page. */
export function AppContent() {
  const demoMode = useDemoMode();
  return (
    <AppLayout demoMode={demoMode}>
      <TagsPage demoMode={demoMode} />
    </AppLayout>
  );
}
