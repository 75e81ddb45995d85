import type { CustomerInfo } from "#contract/huawei-api";

/** A customer's names as the results workspace shows them beside the ID. */
export type CustomerName = { name?: string | null; accountName?: string | null };
export type NameMap = ReadonlyMap<string, CustomerName>;

/** Up to this many rows, asking for each customer by ID costs fewer calls than reading the list. */
export const PER_ID_MAX_ROWS = 20;
/** Up to this many rows, names are fetched without asking (unless the user turned them off)... */
export const AUTO_NAMES_MAX_ROWS = 300;
/** ...when that takes at most this many customer-list calls (6 s of Huawei's 10 calls/s). */
export const AUTO_LIST_MAX_CALLS = 60;
export const LIST_PAGE_SIZE = 100;

/**
 * Whether names are fetched: the user's choice when made (the switch, or `names=1`/`names=0` in a
 * link); otherwise ("auto") for a few hundred rows at most, and, where that means reading the
 * customer list, only when the list is short (its size is known from its first page, `listCount`).
 * The switch shows this, the true state.
 */
export function namesWanted(
  choice: boolean | "auto",
  rows: number,
  listCount: number | undefined,
): { wanted: boolean; declined: boolean } {
  if (choice !== "auto") return { wanted: choice, declined: false };
  if (rows === 0 || rows > AUTO_NAMES_MAX_ROWS) return { wanted: false, declined: false };
  const declined =
    rows > PER_ID_MAX_ROWS && listCount !== undefined && Math.ceil(listCount / LIST_PAGE_SIZE) > AUTO_LIST_MAX_CALLS;
  return { wanted: !declined, declined };
}

/** Only the names: contact fields never reach the browser, and nothing else is needed here. */
export function toCustomerName(info: CustomerInfo): CustomerName {
  return { name: info.customer ?? null, accountName: info.account_name ?? null };
}

/** Builds the ID → names map from list pages and single look-ups; later sources fill gaps only. */
export function buildNameMap(
  sources: readonly (readonly CustomerInfo[])[],
): Map<string, CustomerName> {
  const names = new Map<string, CustomerName>();
  for (const infos of sources) {
    for (const info of infos) {
      if (!names.has(info.customer_id)) names.set(info.customer_id, toCustomerName(info));
    }
  }
  return names;
}

/** The offset of the next customer-list call, or undefined when `count` rows have been read. */
export function nextListOffset(
  pageRows: number,
  lastOffset: number,
  count: number,
  pageSize: number,
): number | undefined {
  const next = lastOffset + pageSize;
  // A short page ends the list too, should `count` promise more than Huawei delivers.
  return pageRows < pageSize || next >= count ? undefined : next;
}

/** Customers whose names have been read, and how many the list says there are. */
export function listProgress(
  pages: readonly { count: number; customer_infos: readonly unknown[] }[],
): {
  loaded: number;
  total: number;
} {
  const loaded = pages.reduce((sum, page) => sum + page.customer_infos.length, 0);
  const total = pages.at(-1)?.count ?? 0;
  return { loaded, total: Math.max(total, loaded) };
}

/** Which IDs still need a single look-up: few rows on screen and the list has not covered them. */
export function idsToLookUp(
  ids: readonly string[],
  known: NameMap,
  listComplete: boolean,
): string[] {
  if (listComplete || ids.length === 0 || ids.length > PER_ID_MAX_ROWS) return [];
  return ids.filter((id) => !known.has(id));
}
