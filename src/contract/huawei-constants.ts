// Kept apart from the zod schemas in huawei-api.ts, so code that needs only these constants does
// not load zod (the browser's first screen stays small).

/** Paths of the Huawei BSS partner APIs this product uses (relative to the BSS endpoint). */
export const BSS_PATHS = {
  newCustomerTags: "/v2/partners/sub-customers/new-customers-tags/batch-query",
  indirectPartners: "/v2/partners/indirect-partners/query",
  subCustomers: "/v2/partners/sub-customers/query",
} as const;

export type BssApi = keyof typeof BSS_PATHS;

/** Limits written in Huawei's documentation of the three APIs. */
export const LIMITS = {
  idsPerTagQuery: 200,
  idLength: 64,
  tagPageSize: 200,
  listPageSize: 100,
  listMaxOffset: 40_000_000,
  int32Max: 2_147_483_647,
} as const;

/**
 * Huawei's refusals of the reseller list to a partner that is not a tier-1 distributor (HTTP 403):
 * asking again will not help, and such a partner has only its own customers.
 */
export const NOT_DISTRIBUTOR_CODES: ReadonlySet<string> = new Set(["CBC.0150", "CBC.0151", "CBC.0155"]);
