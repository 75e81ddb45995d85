import type { ChangeEvent, ChangeKind } from "#contract/portfolio-api";
import { CHANGE_KIND_LABELS } from "./change-kind.ts";

// The contract's kinds in the order they are named (new first, back last). Read from the labels,
// which name every kind, so the schemas (and zod) stay out of this chunk until an answer arrives.
const KIND_ORDER = Object.keys(CHANGE_KIND_LABELS) as ChangeKind[];

export type ChangeGroup = { kind: ChangeKind; events: ChangeEvent[] };

/**
 * The events by kind, in the contract's order (new first, back last), each group newest
 * first (then by customer ID, so the order is reproducible); kinds without events are left out.
 */
export function groupChanges(events: readonly ChangeEvent[]): ChangeGroup[] {
  const byKind = new Map<ChangeKind, ChangeEvent[]>();
  for (const event of events) {
    const group = byKind.get(event.kind);
    if (group) group.push(event);
    else byKind.set(event.kind, [event]);
  }
  const time = new Map(events.map((event) => [event, Date.parse(event.observed_at)]));
  const newestFirst = (a: ChangeEvent, b: ChangeEvent) =>
    time.get(b)! - time.get(a)! ||
    (a.customer_id < b.customer_id ? -1 : a.customer_id > b.customer_id ? 1 : 0);
  return KIND_ORDER.flatMap((kind) => {
    const group = byKind.get(kind);
    return group ? [{ kind, events: group.sort(newestFirst) }] : [];
  });
}
