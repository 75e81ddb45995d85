// Types of the anchor's plain-JS row generator (aliased in vite.config.ts).
declare module "grid-anchor-rows" {
  import type { NewCustomerTag } from "#contract/huawei-api";

  export const ROW_COUNT: number;
  export function makeRows(count?: number, seed?: number): NewCustomerTag[];
}
