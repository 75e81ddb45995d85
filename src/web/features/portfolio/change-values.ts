import type { ChangeEvent, TagFields } from "#contract/portfolio-api";

/** The field a change event is about. */
export type ChangedField = "tag" | "effective" | "expire";

/**
 * What to show of a change: the field, and its value before and after (null: none); for a tag
 * whose type stayed the same, the values alone and the type once (`type`).
 */
export type ChangedValues = {
  field: ChangedField;
  before: string | null;
  after: string | null;
  type?: string;
};

/** A tag as one short text: the value with its type ("Y (SMB)"); null without a tag. */
export function tagText(fields: TagFields | null): string | null {
  if (!fields?.new_customer_tag) return null;
  return fields.customer_tag_type
    ? `${fields.new_customer_tag} (${fields.customer_tag_type})`
    : fields.new_customer_tag;
}

/**
 * The before and after of the field a change is about: the tag (value and type) for a customer
 * that came, left, came back or changed tag; the month for a change of the effective or expire
 * month.
 */
export function changedValues(
  event: Pick<ChangeEvent, "kind" | "before" | "after">,
): ChangedValues {
  const { before, after } = event;
  switch (event.kind) {
    case "effective_changed":
      return {
        field: "effective",
        before: before?.effective_time ?? null,
        after: after?.effective_time ?? null,
      };
    case "expiry_changed":
      return {
        field: "expire",
        before: before?.expire_time ?? null,
        after: after?.expire_time ?? null,
      };
    case "new":
    case "back":
    case "gone":
    case "tag_changed": {
      // "Y → N (SMB)" reads better than "Y (SMB) → N (SMB)"; a change of type shows both.
      const type = before?.customer_tag_type;
      if (
        before?.new_customer_tag &&
        after?.new_customer_tag &&
        type &&
        type === after.customer_tag_type
      ) {
        return {
          field: "tag",
          before: before.new_customer_tag,
          after: after.new_customer_tag,
          type,
        };
      }
      return { field: "tag", before: tagText(before), after: tagText(after) };
    }
  }
}
