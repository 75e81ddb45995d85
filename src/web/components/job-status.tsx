import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { JobStatus as Status } from "#domain/job";
import { CancelButton } from "./cancel-button.tsx";

type JobStatusProps = {
  status: Status;
  /** 0–100; undefined when no total is known: the bar then shows activity only, while running. */
  percent: number | undefined;
  /** The progress bar's accessible name. */
  progressLabel: string;
  /** What is done so far, in the job's own words; beside the buttons. */
  summary: ReactNode;
  /** Read out as it changes; off for a line that ticks every second. */
  announce?: boolean;
  /** Shown while running. */
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
  /** Shown while not running, when the caller has something to continue. */
  onContinue?: (() => void) | undefined;
  continueLabel?: string;
  /** Further buttons of the caller (Back to pages). */
  actions?: ReactNode;
  /** Further lines under the bar. */
  children?: ReactNode;
};

/**
 * A long-running job on screen, drawn the same way for every job: what is done so far with
 * Cancel (while running) or Continue (after a Cancel) beside it, the bar (orange once cancelled)
 * and the job's own further lines.
 */
export function JobStatus(props: JobStatusProps) {
  const running = props.status === "running";
  const showContinue = !running && props.onContinue !== undefined;
  return (
    <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" fw={500} aria-live={props.announce ? "polite" : "off"}>
          {props.summary}
        </Text>
        <Group gap="xs">
          {running && props.onCancel && (
            <CancelButton onClick={props.onCancel}>{props.cancelLabel}</CancelButton>
          )}
          {showContinue && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={props.onContinue}
            >
              {props.continueLabel}
            </Button>
          )}
          {props.actions}
        </Group>
      </Group>
      {(running || props.percent !== undefined) && (
        <Progress
          value={props.percent ?? 100}
          striped={running}
          animated={running}
          color={props.status === "cancelled" ? "orange" : undefined}
          aria-label={props.progressLabel}
        />
      )}
      {props.children}
    </Stack>
  );
}
