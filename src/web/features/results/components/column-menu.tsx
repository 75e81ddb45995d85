import { Button, Checkbox, Popover, Stack } from "@mantine/core";
import { IconColumns } from "@tabler/icons-react";
import { memo } from "react";
import { HIDEABLE_COLUMNS, type HideableColumn } from "#domain/results-view";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { COLUMN_LABELS } from "../table-columns.ts";

type ColumnMenuProps = {
  hidden: readonly HideableColumn[];
  withNames: boolean;
  onChange: (hidden: HideableColumn[]) => void;
};

/** Show or hide columns; the customer ID always stays. */
function ColumnMenuView({ hidden, withNames, onChange }: ColumnMenuProps) {
  const t = useT();
  const columns = HIDEABLE_COLUMNS.filter((column) => withNames || column !== "name");
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t("results.table.columns")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t("results.table.columnsMenu")}
          value={columns.filter((column) => !hidden.includes(column))}
          onChange={(visible) =>
            onChange(
              HIDEABLE_COLUMNS.filter(
                (column) => columns.includes(column) && !visible.includes(column),
              ),
            )
          }
        >
          <Stack gap={6} mt="xs">
            {columns.map((column) => (
              <Checkbox key={column} value={column} label={t(COLUMN_LABELS[column])} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Memoized: renders again only when its own props change (not on every sort or scroll). */
export const ColumnMenu = memo(ColumnMenuView);
