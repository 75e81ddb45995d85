import type { Translation } from "../../app/i18n/translation.ts";

// Messages of the resellers feature; merged into the app's dictionaries in app/i18n.
export const resellersEn = {} as const;

export const resellersZh: Translation<typeof resellersEn> = {};
