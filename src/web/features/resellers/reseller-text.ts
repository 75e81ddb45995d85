import type { Reseller } from "#contract/huawei-api";
import { LIMITS, NOT_DISTRIBUTOR_CODES } from "#contract/huawei-constants";
import { ApiError } from "../../lib/api-error.ts";

/** What the user sees for a reseller: its name, else its account name, else its ID. */
export function resellerLabel(
  reseller: Pick<Reseller, "indirect_partner_id" | "name" | "account_name">,
): string {
  return reseller.name || reseller.account_name || reseller.indirect_partner_id;
}

/** The picker's search: a case-insensitive match on the name, the account name or the ID. */
export function matchesReseller(reseller: Reseller, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  if (!wanted) return true;
  return [reseller.name, reseller.account_name, reseller.indirect_partner_id].some((field) =>
    field?.toLowerCase().includes(wanted),
  );
}

export type ResellerIdCheck =
  | { ok: true; id: string }
  | { ok: false; problem: "empty" }
  | { ok: false; problem: "tooLong"; length: number }
  | { ok: false; problem: "badCharacter"; character: string };

// Huawei's IDs are 32 lowercase hex characters; the API allows up to 64. Accepting letters,
// digits, "-" and "_" catches the usual paste accidents (spaces, full-width characters, quotes).
const ID_CHARACTER = /^[A-Za-z0-9_-]$/;

/** Checks a reseller ID typed by hand, naming what is wrong so the user can fix it. */
export function checkResellerId(text: string): ResellerIdCheck {
  const id = text.trim();
  if (!id) return { ok: false, problem: "empty" };
  const length = [...id].length;
  if (length > LIMITS.idLength) return { ok: false, problem: "tooLong", length };
  const bad = [...id].find((character) => !ID_CHARACTER.test(character));
  if (bad !== undefined) return { ok: false, problem: "badCharacter", character: bad };
  return { ok: true, id };
}


/** True when the reseller list failed because the partner is not a distributor (asking again will not help). */
export function isNotDistributor(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && NOT_DISTRIBUTOR_CODES.has(error.code);
}
