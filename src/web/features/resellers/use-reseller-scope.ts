import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useT } from "../../lib/i18n/i18n-context.ts";
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

/**
 * Names any scope as the picker does: "My own customers", a reseller's name, else its ID. With
 * `load`, reads the reseller list when it is not cached (a page naming every reseller's rows,
 * without the picker that would read it).
 */
export function useScopeLabel({ load = false }: { load?: boolean } = {}): (
  resellerId: string | undefined,
) => string {
  const t = useT();
  // Otherwise read from the cache the picker fills; a label is never worth a call of its own.
  const { data } = useQuery({ ...resellerQueries.list(), enabled: load });
  return useCallback(
    (resellerId) => {
      if (resellerId === undefined) return t("resellers.own");
      const known = data?.find((reseller) => reseller.indirect_partner_id === resellerId);
      return known ? resellerLabel(known) : resellerId;
    },
    [data, t],
  );
}
