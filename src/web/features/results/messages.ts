import type { Translation } from "../../app/i18n/translation.ts";

// Messages of the results feature; merged into the app's dictionaries in app/i18n.
export const resultsEn = {} as const;

export const resultsZh: Translation<typeof resultsEn> = {};
