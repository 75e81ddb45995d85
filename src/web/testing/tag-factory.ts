import type { NewCustomerTag } from "#contract/huawei-api";
import { createDataset, foreignIds } from "#testing/dataset";

// Web tests take their rows from the same seeded data set as the demo mode, never inline literals.
const dataset = createDataset({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });

/** The tag rows of the first `count` of the partner's own demo customers. */
export function buildTags(count: number): NewCustomerTag[] {
  return dataset.ownCustomers.slice(0, count).map((customer) => structuredClone(customer.tag));
}

/** IDs that belong to nobody in the data set: Huawei would silently drop them. */
export function buildForeignIds(count: number): string[] {
  return foreignIds(count, 1, dataset);
}
