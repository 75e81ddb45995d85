import type { BssResponse } from "./bss-errors.ts";
import { noResellerPermission } from "./bss-errors.ts";
import { type Dataset, type FakeCustomer, createDataset, customersOf } from "./dataset.ts";

/** The mutable state of one fake BSS: its data and the switches tests flip. */
export interface BssState {
  dataset: Dataset;
  /** False makes the partner an ordinary reseller partner: no reseller list, no reseller scoping. */
  distributor: boolean;
}

/** Creates the state of a fake BSS with a freshly generated data set. */
export function createBssState(options: { seed?: number; now?: Date; customers?: number } = {}): BssState {
  return { dataset: createDataset(options), distributor: true };
}

/** Huawei treats an empty reseller ID like an absent one. */
export function resellerIdOf(value: string | undefined): string | undefined {
  return value === "" ? undefined : value;
}

/** Resolves which customers a request may see, or the error Huawei gives for the reseller ID. */
export function scopeOf(
  state: BssState,
  resellerId: string | undefined,
): FakeCustomer[] | BssResponse {
  const id = resellerIdOf(resellerId);
  if (id !== undefined && !state.distributor) return noResellerPermission(id);
  return customersOf(state.dataset, id) ?? noResellerPermission(id ?? "");
}
