import type { NewCustomerTag } from "#contract/huawei-api";

/**
 * Joins Load-all pages into one list. Should the data shift between calls (a customer added
 * while paging), the same customer could come twice; the first sighting wins.
 */
export function mergePages(pages: readonly (readonly NewCustomerTag[])[]): NewCustomerTag[] {
  const seen = new Set<string>();
  const rows: NewCustomerTag[] = [];
  for (const page of pages) {
    for (const row of page) {
      if (seen.has(row.customer_id)) continue;
      seen.add(row.customer_id);
      rows.push(row);
    }
  }
  return rows;
}
