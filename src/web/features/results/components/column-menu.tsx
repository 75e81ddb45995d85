import { ActionIcon, Button, Checkbox, Group, Popover, Stack, Text } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconColumns, IconPin, IconPinnedFilled, IconRestore } from "@tabler/icons-react";
import { memo } from "react";
import {
  arrangeColumns,
  type ColumnLayout,
  DEFAULT_LAYOUT,
  isDefaultLayout,
  moveColumn,
  togglePin,
} from "#domain/column-layout";
import type { HideableColumn } from "#domain/results-view";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { COLUMN_LABELS, type TableColumn } from "../table-columns.ts";

type ColumnMenuProps = {
  hidden: readonly HideableColumn[];
  /** Every column this table can show (`tableColumns`), shown or hidden. */
  available: readonly TableColumn[];
  onChange: (hidden: HideableColumn[]) => void;
  /** The columns on screen, left to right. */
  columns: readonly TableColumn[];
  layout: ColumnLayout;
  onLayout: (layout: ColumnLayout) => void;
};

/**
 * The columns: shown or hidden (the customer ID always stays), pinned to the left, moved left or
 * right, and the layout reset. Each control is a button with its name, so all of it works from
 * the keyboard; widths are dragged (or arrowed) on the headers.
 */
function ColumnMenuView({ hidden, available, onChange, columns, layout, onLayout }: ColumnMenuProps) {
  const t = useT();
  // Every column the table can show, in the order on screen, hidden ones after (in the layout's
  // order: arranged as if all were shown).
  const all = [
    ...columns,
    ...arrangeColumns(available, { ...layout, pinned: [] }).filter((column) => !columns.includes(column)),
  ];
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t("results.table.columns")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} p={0}>
          {t("results.table.columnsMenu")}
        </Text>
        <Stack gap={4} mt="xs">
          {all.map((column) => {
            const name = t(COLUMN_LABELS[column]);
            const shown = columns.includes(column);
            const pinned = layout.pinned.includes(column);
            const at = columns.indexOf(column);
            return (
              <Group key={column} gap={4} wrap="nowrap" justify="space-between">
                {column === "id" ? (
                  <Checkbox checked disabled label={name} />
                ) : (
                  <Checkbox
                    checked={shown}
                    label={name}
                    onChange={(event) => {
                      const next = event.currentTarget.checked
                        ? hidden.filter((c) => c !== column)
                        : [...hidden, column as HideableColumn];
                      onChange(next);
                    }}
                  />
                )}
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant={pinned ? "light" : "subtle"}
                    color={pinned ? undefined : "gray"}
                    aria-label={t("results.table.pin", { column: name })}
                    aria-pressed={pinned}
                    disabled={!shown}
                    onClick={() => onLayout(togglePin(layout, column))}
                  >
                    {pinned ? <IconPinnedFilled size={16} aria-hidden /> : <IconPin size={16} aria-hidden />}
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t("results.table.moveLeft", { column: name })}
                    disabled={!shown || at <= 0}
                    onClick={() => onLayout(moveColumn(layout, column, -1, columns))}
                  >
                    <IconArrowLeft size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t("results.table.moveRight", { column: name })}
                    disabled={!shown || at === columns.length - 1}
                    onClick={() => onLayout(moveColumn(layout, column, 1, columns))}
                  >
                    <IconArrowRight size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
        </Stack>
        </fieldset>
        <Button
          mt="sm"
          size="xs"
          variant="default"
          leftSection={<IconRestore size={14} aria-hidden />}
          disabled={isDefaultLayout(layout)}
          onClick={() => onLayout(DEFAULT_LAYOUT)}
        >
          {t("results.table.resetLayout")}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const ColumnMenu = memo(ColumnMenuView);
