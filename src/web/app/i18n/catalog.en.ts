import { browseEn } from "../../features/browse/messages.en.ts";
import { customersEn } from "../../features/customers/messages.en.ts";
import { healthEn } from "../../features/health/messages.en.ts";
import { lookupEn } from "../../features/lookup/messages.en.ts";
import { portfolioEn } from "../../features/portfolio/messages.en.ts";
import { resellersEn } from "../../features/resellers/messages.en.ts";
import { resultsEn } from "../../features/results/messages.en.ts";
import { sharedEn } from "../../lib/messages.en.ts";
import { appEn } from "../messages.en.ts";

// The whole English catalog. The app assembles it because the app is the one layer that may
// import every feature; each feature keeps its messages beside its code.
export const en = {
  ...sharedEn,
  ...appEn,
  ...healthEn,
  ...lookupEn,
  ...resultsEn,
  ...resellersEn,
  ...browseEn,
  ...customersEn,
  ...portfolioEn,
} as const;

type EnglishCatalog = typeof en;

// Registers the English keys as the app's message keys (see lib/i18n/catalog.ts).
declare module "../../lib/i18n/catalog.ts" {
  // oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type
  interface MessageCatalog extends EnglishCatalog {}
}
