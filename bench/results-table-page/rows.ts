import { createDataset } from "../../src/mocks/dataset.ts";
import type { TagRow } from "../../src/domain/tag-filters.ts";

/**
 * `count` tag rows from the seeded data set: successive seeds until there are enough customers;
 * `withResellers` says whose customer each is, as the portfolio's rows do.
 */
export function benchRows(count: number, now: Date, withResellers = false): TagRow[] {
  const rows: TagRow[] = [];
  for (let seed = 1; rows.length < count; seed++) {
    for (const customer of createDataset({ seed, now }).customers) {
      rows.push(withResellers ? { ...customer.tag, indirect_partner_id: customer.resellerId ?? null } : customer.tag);
      if (rows.length === count) break;
    }
  }
  return rows;
}
