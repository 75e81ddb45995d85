import type { NewCustomerTag, TagQueryRequest } from "#contract/huawei-api";
import type { BssResponse } from "./bss-errors.ts";
import { type BssState, resellerIdOf, scopeOf } from "./bss-state.ts";
import type { FakeCustomer } from "./dataset.ts";

const DEFAULT_LIMIT = 10;

/** Answers the tag query: foreign IDs dropped, data-set order, offset/limit paging, no total. */
export function queryTags(state: BssState, request: TagQueryRequest): BssResponse {
  const scope = scopeOf(state, request.indirect_partner_id);
  if (!Array.isArray(scope)) return scope;
  let matching: FakeCustomer[] = scope;
  const ids = request.customer_ids;
  if (ids && ids.length > 0) {
    // Look each ID up instead of scanning the scope: requests carry at most 200 IDs.
    const inScope = new Set<FakeCustomer>();
    const resellerId = resellerIdOf(request.indirect_partner_id);
    for (const id of ids) {
      const customer = state.dataset.customerById.get(id);
      if (customer && customer.resellerId === resellerId) inScope.add(customer);
    }
    matching = [...inScope].sort((a, b) => a.index - b.index);
  }
  const offset = request.offset ?? 0;
  const rows: NewCustomerTag[] = matching
    .slice(offset, offset + (request.limit ?? DEFAULT_LIMIT))
    .map((customer) => ({ ...customer.tag }));
  return { status: 200, body: { new_customer_tags: rows } };
}
