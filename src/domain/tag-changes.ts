import type { NewCustomerTag } from "#contract/huawei-api";
import type { ChangeKind, TagFields } from "#contract/portfolio-api";
import { currentMonth } from "./month.ts";

/** A customer's tag as the store last saw it in one scope. */
export interface KnownTag {
  fields: TagFields;
  /** A complete pass of the scope missed the customer since it was last seen. */
  gone: boolean;
}

/** One thing that changed about a customer's tag, with the whole tag before and after. */
export interface TagChange {
  kind: ChangeKind;
  before: TagFields | null;
  after: TagFields | null;
}

// Huawei sends a customer without real-name authentication with the tag fields absent or "",
// seen both ways for the same customer: both mean "none", or every sync would report a change.
const text = (value: string | null | undefined): string | null => (value ? value : null);

/** The four fields the store tracks, from a row of Huawei's tag answer. */
export function tagFieldsOf(tag: NewCustomerTag): TagFields {
  return {
    customer_tag_type: text(tag.customer_tag_type),
    new_customer_tag: text(tag.new_customer_tag),
    effective_time: text(tag.effective_time),
    expire_time: text(tag.expire_time),
  };
}

/**
 * What seeing `after` means given what was known: `new` for a customer never seen in the scope,
 * `back` for one a complete pass had missed, then one event per kind of field that changed
 * (tag value or type, effective time, expire time). Nothing when the tag is the same.
 */
export function changesOf(known: KnownTag | undefined, after: TagFields): TagChange[] {
  if (!known) return [{ kind: "new", before: null, after }];
  const changes: TagChange[] = known.gone ? [{ kind: "back", before: null, after }] : [];
  const before = known.fields;
  const field = (kind: ChangeKind, differs: boolean) => {
    if (differs) changes.push({ kind, before, after });
  };
  field(
    "tag_changed",
    before.new_customer_tag !== after.new_customer_tag || before.customer_tag_type !== after.customer_tag_type,
  );
  field("effective_changed", before.effective_time !== after.effective_time);
  field("expiry_changed", before.expire_time !== after.expire_time);
  return changes;
}

/** Whether a tag change is a tag lost: the customer turned N (the insights' lapses, the digest's worst news). */
export function turnedN(before: TagFields | null, after: TagFields | null): boolean {
  return after?.new_customer_tag === "N" && before?.new_customer_tag !== "N";
}

/**
 * The customers seen losing their tag, once per customer and month ("YYYY-MM", China time), in
 * the order of `events` (oldest first).
 */
export function lapsesOf(
  events: Iterable<{ customer_id: string; kind: ChangeKind; before: TagFields | null; after: TagFields | null; observed_at: Date | string }>,
): { customer_id: string; month: string }[] {
  const seen = new Set<string>();
  const lapses: { customer_id: string; month: string }[] = [];
  for (const event of events) {
    if (event.kind !== "tag_changed" || !turnedN(event.before, event.after)) continue;
    const month = currentMonth(new Date(event.observed_at));
    const key = `${month}/${event.customer_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lapses.push({ customer_id: event.customer_id, month });
  }
  return lapses;
}
