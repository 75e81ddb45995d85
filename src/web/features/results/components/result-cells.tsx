import type { ReactNode } from "react";
import type { ResultRow } from "#domain/tag-filters";
import type { Translate } from "../../../lib/i18n/catalog.ts";
import type { TableColumn } from "../table-columns.ts";
import { CopyId } from "./copy-id.tsx";
import { TD } from "./plain.ts";
import classes from "./results.module.css";
import { statusBadge } from "./status-badge.tsx";
import { TagBadge, tagBadgeNeedsHint, tagLook } from "./tag-badge.tsx";
import { plainBadge } from "./plain-badge.tsx";

// A text cell's content: the text itself (the cell sets the type), or a dimmed "none".
function plain(value: string | null | undefined, t: Translate): ReactNode {
  if (value?.trim()) return value;
  const none = t("results.col.none");
  return (
    <span className={classes.dimmed} aria-label={none}>
      {none}
    </span>
  );
}

// One line, so rows keep their height with names on: the name, then the account name dimmed;
// cut with an ellipsis when long, the whole text in the cell's title.
function Names({ row, t }: { row: ResultRow; t: Translate }) {
  if (!row.name && !row.accountName) return plain(undefined, t);
  const whole = [row.name, row.accountName].filter(Boolean).join(" · ");
  return (
    <span className={classes.nameLine} title={whole}>
      {row.name}
      {row.name && row.accountName && " "}
      {row.accountName && <span className={classes.accountName}>{row.accountName}</span>}
    </span>
  );
}

const TEXT_CELL = `${TD} ${classes.cellText}`;
const CELL_CLASSES: Record<TableColumn, string> = {
  id: `${TEXT_CELL} ${classes.mono}`,
  reseller: TEXT_CELL,
  name: TEXT_CELL,
  type: TEXT_CELL,
  tag: TD,
  effective: TEXT_CELL,
  expire: TEXT_CELL,
  status: TD,
};

/** The class names of a column's cells: text cells set Mantine's small text themselves. */
export function cellClass(column: TableColumn): string {
  return CELL_CLASSES[column];
}

/** What one cell of the results table shows (the columns are `tableColumns`'). */
export function resultCell(
  row: ResultRow,
  column: TableColumn,
  t: Translate,
  soonMonths: number,
): ReactNode {
  switch (column) {
    case "id":
      // Keyed by the ID: a reused row element must not keep another customer's "Copied" state.
      return <CopyId key={row.tag.customer_id} id={row.tag.customer_id} />;
    case "reseller":
      return plain(row.reseller, t);
    case "name":
      return <Names row={row} t={t} />;
    case "type":
      return plain(row.tag.customer_tag_type, t);
    case "tag":
      return tagBadgeNeedsHint(row.tagValue) ? (
        <TagBadge key={row.tag.customer_id} value={row.tag.new_customer_tag} />
      ) : (
        plainBadge({
          ...tagLook(row.tagValue),
          children: t(`results.tag.${row.tagValue}`, { value: "" }),
        })
      );
    case "effective":
      return plain(row.tag.effective_time, t);
    case "expire":
      return plain(row.tag.expire_time, t);
    case "status":
      return statusBadge(row.status, soonMonths, t);
  }
}
