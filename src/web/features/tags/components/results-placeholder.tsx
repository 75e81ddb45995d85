import { EmptyState } from "@mantine/core";
import type { ReactNode } from "react";

type ResultsPlaceholderProps = {
  icon: ReactNode;
  title: string;
  hint: string;
  /** Optional action, such as the demo-mode "Try demo IDs" button. */
  action?: ReactNode;
};

/** The results card before a query, or when a query found nothing. */
export function ResultsPlaceholder({ icon, title, hint, action }: ResultsPlaceholderProps) {
  return (
    <EmptyState icon={icon} title={title} description={hint} withIndicatorBackground py="xl">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
