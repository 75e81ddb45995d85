import type { CustomerQueryResponse, ResellerQueryResponse } from "#contract/huawei-api";
import type { DigestEntry } from "#contract/alert-webhook-api";
import type { BssCall } from "../huawei/bss-client.ts";
import type { Caller } from "../huawei/call-context.ts";
import { SYNC_CLIENT } from "../portfolio/sync.ts";

/** The names Huawei gave for a digest's customers and resellers, by ID. */
export interface DigestNames {
  customers: Map<string, string>;
  resellers: Map<string, string>;
}

// A name is worth a call each for the 20 customers a digest lists; one that cannot be had (the
// customer left, Huawei failed) is simply left out: the digest still goes, with the ID.
async function ask<T>(call: BssCall, api: "subCustomers" | "indirectPartners", body: object, caller: Caller): Promise<T | undefined> {
  try {
    const answer = await call(api, body, caller);
    return answer.ok ? (answer.body as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks Huawei for the names of a digest's customers (each in its reseller's list) and of their
 * resellers, behind users' calls like the sync's own.
 */
export async function lookUpNames(call: BssCall, entries: readonly DigestEntry[], signal?: AbortSignal): Promise<DigestNames> {
  const caller: Caller = { client: SYNC_CLIENT, priority: "background", signal };
  const customers = new Map<string, string>();
  const resellers = new Map<string, string>();
  const resellerIds = [...new Set(entries.flatMap((entry) => (entry.indirect_partner_id === null ? [] : [entry.indirect_partner_id])))];
  await Promise.all([
    ...entries.map(async ({ customer_id: id, indirect_partner_id: reseller }) => {
      const body = { customer_id: id, ...(reseller === null ? {} : { indirect_partner_id: reseller }), limit: 1, offset: 0 };
      const info = (await ask<CustomerQueryResponse>(call, "subCustomers", body, caller))?.customer_infos.find((row) => row.customer_id === id);
      const name = info?.customer || info?.account_name;
      if (name) customers.set(id, name);
    }),
    ...resellerIds.map(async (id) => {
      const body = { indirect_partner_id: id, limit: 1, offset: 0 };
      const found = (await ask<ResellerQueryResponse>(call, "indirectPartners", body, caller))?.indirect_partners.find((row) => row.indirect_partner_id === id);
      const name = found?.name || found?.account_name;
      if (name) resellers.set(id, name);
    }),
  ]);
  return { customers, resellers };
}
