import type { ChangeKind } from "#contract/portfolio-api";
import type { MessageKey } from "../../lib/i18n/catalog.ts";

/** Each kind of change in words, for group headings and a customer's history; in the contract's order (CHANGE_KINDS). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, MessageKey> = {
  new: "portfolio.kind.new",
  tag_changed: "portfolio.kind.tagChanged",
  effective_changed: "portfolio.kind.effectiveChanged",
  expiry_changed: "portfolio.kind.expiryChanged",
  gone: "portfolio.kind.gone",
  back: "portfolio.kind.back",
};
