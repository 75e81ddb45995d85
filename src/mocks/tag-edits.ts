import { z } from "zod";
import { type Dataset, createDataset } from "./dataset.ts";

/** Body of `POST /__fake/customers`: tags to change and customers to take away, by customer ID. */
export const tagEditsSchema = z
  .object({
    set: z
      .array(
        z
          .object({
            customer_id: z.string(),
            customer_tag_type: z.string().nullable().optional(),
            new_customer_tag: z.string().nullable().optional(),
            effective_time: z.string().nullable().optional(),
            expire_time: z.string().nullable().optional(),
          })
          .strict(),
      )
      .default([]),
    remove: z.array(z.string()).default([]),
  })
  .strict();
export type TagEdits = z.infer<typeof tagEditsSchema>;

/**
 * Changes the data set as Huawei's would change between two syncs: new tag values (a field set to
 * null disappears from the answer) and customers that leave. Answers the IDs it does not know.
 */
export function editTags(dataset: Dataset, edits: TagEdits): { unknown: string[] } {
  const unknown = [...edits.set.map((edit) => edit.customer_id), ...edits.remove].filter((id) => !dataset.customerById.has(id));
  if (unknown.length > 0) return { unknown };
  for (const { customer_id: id, ...fields } of edits.set) {
    const customer = dataset.customerById.get(id);
    if (!customer) continue;
    const tag: Record<string, unknown> = { ...customer.tag };
    for (const [name, value] of Object.entries(fields)) {
      if (value === null) delete tag[name];
      else if (value !== undefined) tag[name] = value;
    }
    customer.tag = tag as typeof customer.tag;
  }
  const leaving = new Set(edits.remove);
  if (leaving.size > 0) {
    const keep = <T extends { tag: { customer_id: string } }>(list: T[]) => {
      const kept = list.filter((customer) => !leaving.has(customer.tag.customer_id));
      list.splice(0, list.length, ...kept);
    };
    keep(dataset.customers);
    keep(dataset.ownCustomers);
    for (const list of dataset.customersByReseller.values()) keep(list);
    for (const id of leaving) dataset.customerById.delete(id);
  }
  return { unknown: [] };
}

/** The data set as it was generated, before any edit. */
export function freshDataset(dataset: Dataset): Dataset {
  return createDataset({ seed: dataset.seed, now: new Date(`${dataset.month}-15T00:00:00Z`), customers: dataset.size });
}
