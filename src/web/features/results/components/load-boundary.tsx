import { Alert, Button } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Component, type ReactNode } from "react";

type LoadBoundaryProps = { title: string; hint: string; reload: string; children: ReactNode };

/**
 * Catches a lazily loaded part that failed to load (typically a new deployment replaced the
 * chunk while the page was open), so the rest of the workspace, and its results, stay usable.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={this.props.title}
      >
        {this.props.hint}{" "}
        <Button size="compact-xs" variant="subtle" onClick={() => window.location.reload()}>
          {this.props.reload}
        </Button>
      </Alert>
    );
  }
}
