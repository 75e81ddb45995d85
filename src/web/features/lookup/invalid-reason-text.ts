import type { InvalidEntry, InvalidReason } from "#domain/customer-ids";
import type { Translate } from "../../lib/i18n/catalog.ts";

/** Says in words why an entry is not a customer ID. */
export function reasonText(t: Translate, reason: InvalidReason): string {
  if (reason.code === "tooLong") return t("lookup.invalid.tooLong", { length: reason.length });
  // A space is invisible inside quotes, so it gets a sentence of its own.
  if (/\s/.test(reason.character))
    return t("lookup.invalid.badSpace", { position: reason.position });
  return t("lookup.invalid.badCharacter", {
    character: reason.character,
    position: reason.position,
  });
}

/** Where an invalid entry was: "line 3", or "list.csv, row 3" for a file. */
export function whereText(t: Translate, entry: InvalidEntry): string | undefined {
  if (entry.line === undefined) return undefined;
  return entry.source
    ? t("lookup.invalid.row", { source: entry.source, line: entry.line })
    : t("lookup.invalid.line", { line: entry.line });
}
