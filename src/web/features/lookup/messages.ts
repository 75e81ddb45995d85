import type { Translation } from "../../app/i18n/translation.ts";

// Messages of the lookup feature; merged into the app's dictionaries in app/i18n.
export const lookupEn = {} as const;

export const lookupZh: Translation<typeof lookupEn> = {};
