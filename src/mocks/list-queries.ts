import type { CustomerQueryRequest, ResellerQueryRequest } from "#contract/huawei-api";
import type { BssResponse } from "./bss-errors.ts";
import { type BssState, scopeOf } from "./bss-state.ts";

const DEFAULT_LIMIT = 10;

// Huawei's "fuzzy" filters behave like a case-insensitive substring match.
const fuzzy = (value: string, wanted: string | undefined) =>
  !wanted || value.toLowerCase().includes(wanted.toLowerCase());

const within = (time: string, begin: string | undefined, end: string | undefined) =>
  (!begin || time >= begin) && (!end || time <= end);

function page<T>(rows: T[], offset: number | undefined, limit: number | undefined): T[] {
  const start = offset ?? 0;
  return rows.slice(start, start + (limit ?? DEFAULT_LIMIT));
}

/** Answers the reseller list: filters, then `count` of all matches and one page of them. */
export function queryResellers(state: BssState, request: ResellerQueryRequest): BssResponse {
  const matching = state.dataset.resellers.filter(
    (r) =>
      fuzzy(r.account_name, request.account_name) &&
      (!request.indirect_partner_id || r.indirect_partner_id === request.indirect_partner_id) &&
      within(r.associated_on, request.associated_on_begin, request.associated_on_end),
  );
  const rows = page(matching, request.offset, request.limit).map((r) => ({ ...r }));
  return { status: 200, body: { count: matching.length, indirect_partners: rows } };
}

/** Answers the customer list with full records, contact fields included, as Huawei does. */
export function queryCustomers(state: BssState, request: CustomerQueryRequest): BssResponse {
  const scope = scopeOf(state, request.indirect_partner_id);
  if (!Array.isArray(scope)) return scope;
  const matching = scope.filter(({ info }) => {
    if (request.customer_id && info.customer_id !== request.customer_id) return false;
    if (request.label && info.label !== request.label) return false;
    if (request.association_type && info.association_type !== request.association_type)
      return false;
    return (
      fuzzy(info.account_name, request.account_name) &&
      fuzzy(info.customer, request.customer) &&
      within(info.associated_on, request.associated_on_begin, request.associated_on_end)
    );
  });
  const rows = page(matching, request.offset, request.limit).map(({ info }) =>
    structuredClone(info),
  );
  return { status: 200, body: { count: matching.length, customer_infos: rows } };
}
