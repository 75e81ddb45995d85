import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ResultRow } from "#domain/tag-filters";

/** The rows the user ticked, by customer ID, and what can be done to them. */
export type Selection = {
  /** The ticked IDs (kept while filters and sorting change, dropped with new results). */
  ids: ReadonlySet<string>;
  /** The ticked rows among those shown, in the table's order. */
  rows: readonly ResultRow[];
  /** Ticks or unticks one row; with `range`, every row shown between the last one ticked and it. */
  toggle: (id: string, range: boolean) => void;
  /** Ticks every row shown, or unticks them. */
  setAll: (on: boolean) => void;
  clear: () => void;
};

/**
 * Row selection of the results table: `shown` are the filtered, sorted rows; `results` the rows
 * handed to the workspace, whose change (another lookup) starts with nothing ticked.
 */
export function useSelection(shown: readonly ResultRow[], results: unknown): Selection {
  const [state, setState] = useState<{ of: unknown; ids: ReadonlySet<string> }>({ of: results, ids: new Set() });
  const ids = state.of === results ? state.ids : EMPTY;
  const anchor = useRef<string | undefined>(undefined);
  // What the handlers read when called (after the render they belong to was committed).
  const latest = useRef({ shown, ids, results });
  useLayoutEffect(() => {
    latest.current = { shown, ids, results };
  });

  const toggle = useCallback((id: string, range: boolean) => {
    const { shown: rows, ids: current, results: of } = latest.current;
    const next = new Set(current);
    const on = !current.has(id);
    const from = range && anchor.current !== undefined ? rows.findIndex((row) => row.tag.customer_id === anchor.current) : -1;
    const to = rows.findIndex((row) => row.tag.customer_id === id);
    if (from >= 0 && to >= 0) {
      for (let index = Math.min(from, to); index <= Math.max(from, to); index++) {
        const rowId = rows[index]!.tag.customer_id;
        if (on) next.add(rowId);
        else next.delete(rowId);
      }
    } else if (on) next.add(id);
    else next.delete(id);
    anchor.current = id;
    setState({ of, ids: next });
  }, []);
  const setAll = useCallback((on: boolean) => {
    const { shown: rows, ids: current, results: of } = latest.current;
    const next = new Set(current);
    for (const row of rows) {
      if (on) next.add(row.tag.customer_id);
      else next.delete(row.tag.customer_id);
    }
    setState({ of, ids: next });
  }, []);
  const clear = useCallback(() => {
    anchor.current = undefined;
    setState({ of: latest.current.results, ids: EMPTY });
  }, []);
  const rows = useMemo(
    () => (ids.size === 0 ? NONE : shown.filter((row) => ids.has(row.tag.customer_id))),
    [ids, shown],
  );
  return { ids, rows, toggle, setAll, clear };
}

const EMPTY: ReadonlySet<string> = new Set();
const NONE: readonly ResultRow[] = [];
