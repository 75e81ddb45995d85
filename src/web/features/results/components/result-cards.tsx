import { Button, NativeSelect } from "@mantine/core";
import { memo, useState } from "react";
import { type ResultRow, rowKey } from "#domain/tag-filters";
import type { SortState } from "#domain/tag-sort";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { STATUS_LOOKS } from "../status-look.ts";
import { COLUMN_LABELS, type TableColumn } from "../table-columns.ts";
import type { UpdateView } from "../use-results-view.ts";
import type { Selection } from "../use-selection.ts";
import { resultCell } from "./result-cells.tsx";
import classes from "./results.module.css";

type ResultCardsProps = {
  /** Every filtered, sorted row; `start` and `count` pick the page shown. */
  rows: readonly ResultRow[];
  start: number;
  count: number;
  /** The visible columns: the sort offers these, and hidden ones stay off the cards. */
  columns: readonly TableColumn[];
  sort: SortState;
  soonMonths: number;
  update: UpdateView;
  selection: Selection;
};

/**
 * The results on a phone: one compact card per customer (ID with its copy button, name, tag and
 * status badges, the two months) instead of a table that scrolls sideways, and a sort menu for
 * what the table's headers do.
 */
export const ResultCards = memo(function ResultCards({
  rows,
  start,
  count,
  columns,
  sort,
  soonMonths,
  update,
  selection,
}: ResultCardsProps) {
  const t = useT();
  // A long list ("All") grows by a batch of cards at a time: a phone would crawl drawing
  // thousands. A new list (filtered, sorted, other results) starts again at one batch.
  const [grown, setGrown] = useState({ of: rows, limit: CARD_BATCH });
  const limit = grown.of === rows ? grown.limit : CARD_BATCH;
  const end = start + Math.min(count, limit);
  const shown = rows.slice(start, end);
  const total = Math.min(rows.length, start + count);
  const has = (column: TableColumn) => columns.includes(column);
  const sortValue = sort ? `${sort.desc ? "-" : ""}${sort.column}` : "";
  return (
    <>
      <NativeSelect
        label={t("results.cards.sort")}
        size="xs"
        value={sortValue}
        onChange={(event) => {
          const value = event.currentTarget.value;
          update({
            sort: value === "" ? undefined : { column: value.replace(/^-/, "") as TableColumn, desc: value.startsWith("-") },
          });
        }}
        data={[
          { value: "", label: t("results.cards.inputOrder") },
          ...columns.flatMap((column) => [
            { value: column, label: t("results.cards.ascending", { column: t(COLUMN_LABELS[column]) }) },
            { value: `-${column}`, label: t("results.cards.descending", { column: t(COLUMN_LABELS[column]) }) },
          ]),
        ]}
      />
      <ul className={classes.cards} aria-label={t("results.ws.tableLabel")}>
        {shown.map((row, index) => {
          const id = row.tag.customer_id;
          const selected = selection.ids.has(id);
          return (
            <li
              key={rowKey(row)}
              className={classes.card}
              data-tone={STATUS_LOOKS[row.status].tone}
              data-selected={selected || undefined}
            >
              <div className={classes.cardLine}>
                <input
                  type="checkbox"
                  className={classes.selectBox}
                  checked={selected}
                  aria-label={t("results.select.row", { index: start + index + 1 })}
                  onChange={(event) => selection.toggle(id, (event.nativeEvent as MouseEvent).shiftKey === true)}
                />
                <span className={`${classes.cellText} ${classes.mono} ${classes.cardId}`}>
                  {resultCell(row, "id", t, soonMonths)}
                </span>
              </div>
              {has("name") && <div className={classes.cellText}>{resultCell(row, "name", t, soonMonths)}</div>}
              {has("reseller") && (
                <div className={classes.cellText}>{resultCell(row, "reseller", t, soonMonths)}</div>
              )}
              <div className={classes.cardBadges}>
                {has("tag") && resultCell(row, "tag", t, soonMonths)}
                {has("status") && resultCell(row, "status", t, soonMonths)}
              </div>
              <dl className={classes.cardMonths}>
                {has("effective") && (
                  <div>
                    <dt>{t(COLUMN_LABELS.effective)}</dt>
                    <dd>{resultCell(row, "effective", t, soonMonths)}</dd>
                  </div>
                )}
                {has("expire") && (
                  <div>
                    <dt>{t(COLUMN_LABELS.expire)}</dt>
                    <dd>{resultCell(row, "expire", t, soonMonths)}</dd>
                  </div>
                )}
                {has("type") && (
                  <div>
                    <dt>{t(COLUMN_LABELS.type)}</dt>
                    <dd>{resultCell(row, "type", t, soonMonths)}</dd>
                  </div>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
      {end < total && (
        <Button variant="default" onClick={() => setGrown({ of: rows, limit: limit + CARD_BATCH })}>
          {t("results.cards.more", { count: Math.min(CARD_BATCH, total - end), shown: end - start, total: total - start })}
        </Button>
      )}
    </>
  );
});

// Cards drawn at a time in a long list.
const CARD_BATCH = 200;
