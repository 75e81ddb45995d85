import { useQuery } from "@tanstack/react-query";
import { useScopeId } from "../../lib/scope.ts";
import { resellerQueries } from "./api/reseller-query.ts";
import { resellerLabel } from "./reseller-text.ts";

export type ResellerScope = {
  /** The chosen cloud reseller's ID; undefined for the partner's own customers. */
  resellerId?: string;
  /** Its name (or account name) when the list knows it, else the ID; for headers and file names. */
  resellerLabel?: string;
};

/** The reseller every query is scoped to, as kept in the URL parameter `reseller`. */
export function useResellerScope(): ResellerScope {
  const resellerId = useScopeId();
  const { data } = useQuery({ ...resellerQueries.list(), enabled: resellerId !== undefined });
  if (resellerId === undefined) return {};
  const known = data?.find((reseller) => reseller.indirect_partner_id === resellerId);
  return { resellerId, resellerLabel: known ? resellerLabel(known) : resellerId };
}
