import { createDataset } from "../../src/mocks/dataset.ts";
import type { NewCustomerTag } from "../../src/contract/huawei-api.ts";

/** `count` tag rows from the seeded data set: successive seeds until there are enough customers. */
export function benchRows(count: number, now: Date): NewCustomerTag[] {
  const rows: NewCustomerTag[] = [];
  for (let seed = 1; rows.length < count; seed++) {
    for (const customer of createDataset({ seed, now }).customers) {
      rows.push(customer.tag);
      if (rows.length === count) break;
    }
  }
  return rows;
}
