import { memo } from "react";
import { Chip, Group, VisuallyHidden } from "@mantine/core";
import { TAG_STATUSES, type TagStatus } from "#domain/tag-status";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import { statusText } from "../status-text.ts";

type StatusChipsProps = {
  /** Rows per status under every filter except the status filter itself. */
  counts: Record<TagStatus, number>;
  selected: readonly TagStatus[];
  soonMonths: number;
  onChange: (statuses: TagStatus[]) => void;
};

/** One chip per status with its count; checking chips filters the table to those statuses. */
function StatusChipsView({ counts, selected, soonMonths, onChange }: StatusChipsProps) {
  const t = useT();
  // A status nobody has is noise, unless it is selected (so it can be unselected).
  const shown = TAG_STATUSES.filter((status) => counts[status] > 0 || selected.includes(status));
  return (
    <Chip.Group
      multiple
      value={[...selected]}
      onChange={(value) => onChange(TAG_STATUSES.filter((s) => value.includes(s)))}
    >
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <VisuallyHidden component="legend">{t("results.chips.label")}</VisuallyHidden>
        <Group gap={6}>
          {shown.map((status) => {
            const { Icon, color } = STATUS_LOOKS[status];
            return (
              <Chip
                key={status}
                value={status}
                size="xs"
                variant="outline"
                icon={<Icon size={14} aria-hidden />}
                styles={{ iconWrapper: { color: `var(--mantine-color-${color}-7)` } }}
              >
                {t("results.chips.chip", { status: statusText(t, status, soonMonths), count: counts[status] })}
              </Chip>
            );
          })}
        </Group>
      </fieldset>
    </Chip.Group>
  );
}

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const StatusChips = memo(StatusChipsView);
