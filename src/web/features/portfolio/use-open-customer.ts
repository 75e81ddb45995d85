import { useUrlParam } from "../../lib/url-state.ts";

/**
 * The customer whose history drawer is open (URL parameter `customer`, so a link opens it), and
 * the setter that opens another or closes it (undefined).
 */
export function useOpenCustomer(): [string | undefined, (customerId: string | undefined) => void] {
  return useUrlParam("customer");
}
