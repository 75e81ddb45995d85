import { browseZh } from "../../features/browse/messages.zh-CN.ts";
import { customersZh } from "../../features/customers/messages.zh-CN.ts";
import { healthZh } from "../../features/health/messages.zh-CN.ts";
import { lookupZh } from "../../features/lookup/messages.zh-CN.ts";
import { portfolioZh } from "../../features/portfolio/messages.zh-CN.ts";
import { resellersZh } from "../../features/resellers/messages.zh-CN.ts";
import { resultsZh } from "../../features/results/messages.zh-CN.ts";
import type { Messages } from "../../lib/i18n/catalog.ts";
import { sharedZh } from "../../lib/messages.zh-CN.ts";
import { appZh } from "../messages.zh-CN.ts";

// The whole Simplified Chinese catalog; a missing key fails type checking.
export const zhCN: Messages = {
  ...sharedZh,
  ...appZh,
  ...healthZh,
  ...lookupZh,
  ...resultsZh,
  ...resellersZh,
  ...browseZh,
  ...customersZh,
  ...portfolioZh,
};
