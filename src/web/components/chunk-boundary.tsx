import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconReload } from "@tabler/icons-react";
import { Component, type ReactNode } from "react";
import { useT } from "../lib/i18n/i18n-context.ts";

type ChunkBoundaryProps = {
  children: ReactNode;
  /** What to say instead of the general title and hint, for a part that has its own words. */
  title?: string;
  hint?: string;
  /** Reloads the page; replaced in unit tests, where jsdom cannot navigate. */
  onReload?: () => void;
};

/**
 * Catches a lazily loaded part that failed to load (a new deployment replaced its chunk while the
 * page was open, or the network dropped), so that part says so and offers a reload instead of
 * the whole page going blank.
 */
export function ChunkBoundary({ children, title, hint, onReload }: ChunkBoundaryProps) {
  const t = useT();
  return (
    <Catcher
      fallback={
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={title ?? t("chunk.title")}
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{hint ?? t("chunk.hint", { reload: t("chunk.reload") })}</Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconReload size={16} aria-hidden />}
              onClick={onReload ?? (() => window.location.reload())}
            >
              {t("chunk.reload")}
            </Button>
          </Stack>
        </Alert>
      }
    >
      {children}
    </Catcher>
  );
}

// Error boundaries are still class components only; this one holds no text of its own.
class Catcher extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
