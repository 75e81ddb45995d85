import { useCallback } from "react";
import type { ResellerName } from "#domain/tag-filters";
import { useT } from "../../lib/i18n/i18n-context.ts";

/**
 * Names a scope of the portfolio: "Own customers" for the partner's own (null), otherwise what
 * `labelOf` says of the reseller (its name from the reseller list, else its ID).
 */
export function useResellerName(labelOf: (resellerId: string) => string): ResellerName {
  const t = useT();
  return useCallback(
    (resellerId) => (resellerId === null ? t("portfolio.own") : labelOf(resellerId)),
    [labelOf, t],
  );
}
