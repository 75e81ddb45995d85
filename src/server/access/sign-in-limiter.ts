import { addressKey } from "./address-key.ts";

/** How many password checks sign-in allows; the defaults are the figures in the README. */
export interface SignInLimits {
  /** Password checks per address (per /64 for IPv6) and window, successful ones not counted. */
  perAddress: number;
  windowMs: number;
  /** Failures one user name may have before each further attempt must wait. */
  perNameFree: number;
  /** The first wait after those failures; it doubles with every further failure, up to the maximum. */
  nameBackoffMs: number;
  nameBackoffMaxMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAddress: 5,
  windowMs: 15 * 60_000,
  perNameFree: 5,
  nameBackoffMs: 1000,
  nameBackoffMaxMs: 15 * 60_000,
};

/** An admitted attempt, to hand back when its password turned out right. */
export interface SignInTicket {
  address: string;
  name: string;
  at: number;
}

export type Admission<Ticket extends SignInTicket = SignInTicket> =
  | { ok: true; ticket: Ticket }
  | { ok: false; retryAfterMs: number; limit: "address" | "name" };

interface NameRecord {
  failures: number;
  lastAt: number;
}

// An attacker with many addresses or names must not grow the maps without bound; past this size
// expired records go first, then the oldest.
const MAX_RECORDS = 50_000;
/** Where a user signed in within this time, guesses at the name from elsewhere do not lock them out. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;

/**
 * Sign-in attempts counted before the password is checked: `admit` records the attempt as a
 * failure at once (synchronously), so any number of simultaneous guesses gets exactly as many
 * checks as the limits leave, and `succeeded` takes the attempt back. A name's backoff does not
 * apply at an address where that user signed in within 30 days (the address limit still does),
 * so guessing at a name cannot lock its owner out.
 */
export function createSignInLimiter(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS, now: () => number = Date.now) {
  const byAddress = new Map<string, number[]>();
  const byName = new Map<string, NameRecord>();
  /** `name address` -> time of the last successful sign-in of that name from that address. */
  const knownAddresses = new Map<string, number>();

  const recentAt = (address: string, at: number) => (byAddress.get(address) ?? []).filter((t) => t > at - limits.windowMs);
  const nameWaitMs = (record: NameRecord | undefined) => {
    if (!record || record.failures < limits.perNameFree) return 0;
    return Math.min(limits.nameBackoffMaxMs, limits.nameBackoffMs * 2 ** (record.failures - limits.perNameFree));
  };
  const nameExpired = (record: NameRecord, at: number) =>
    at - record.lastAt > Math.max(limits.windowMs, nameWaitMs(record));

  const bound = <V>(map: Map<string, V>, expired: (value: V) => boolean) => {
    if (map.size < MAX_RECORDS) return;
    for (const [key, value] of map) if (expired(value)) map.delete(key);
    for (const key of map.keys()) {
      if (map.size < MAX_RECORDS) break;
      map.delete(key);
    }
  };

  const withdraw = (ticket: SignInTicket) => {
    const times = byAddress.get(ticket.address) ?? [];
    const index = times.indexOf(ticket.at);
    if (index >= 0) times.splice(index, 1);
    if (times.length === 0) byAddress.delete(ticket.address);
    const record = byName.get(ticket.name);
    if (record) record.failures = Math.max(0, record.failures - 1);
  };

  return {
    /** Counts one attempt of `name` from `rawAddress` as failed, or refuses it with the wait. */
    admit(rawAddress: string, name: string): Admission {
      const at = now();
      const address = addressKey(rawAddress);
      const recent = recentAt(address, at);
      if (recent.length >= limits.perAddress) {
        return { ok: false, limit: "address", retryAfterMs: (recent[0] ?? at) + limits.windowMs - at };
      }
      let record = byName.get(name);
      if (record && nameExpired(record, at)) record = undefined;
      const readyAt = record ? record.lastAt + nameWaitMs(record) : at;
      const knownAt = knownAddresses.get(`${name}\n${address}`);
      const known = knownAt !== undefined && at - knownAt < KNOWN_ADDRESS_MS;
      if (readyAt > at && !known) return { ok: false, limit: "name", retryAfterMs: readyAt - at };

      bound(byAddress, (times) => times.every((t) => t <= at - limits.windowMs));
      bound(byName, (r) => nameExpired(r, at));
      byAddress.set(address, [...recent, at]);
      byName.set(name, { failures: (record?.failures ?? 0) + 1, lastAt: at });
      return { ok: true, ticket: { address, name, at } };
    },

    /** The attempt was never checked (the server was busy): it does not count. */
    withdraw,

    /** The attempt's password was right: it no longer counts, and the name starts afresh. */
    succeeded(ticket: SignInTicket): void {
      withdraw(ticket);
      byName.delete(ticket.name);
      bound(knownAddresses, (at) => ticket.at - at >= KNOWN_ADDRESS_MS);
      knownAddresses.set(`${ticket.name}\n${ticket.address}`, ticket.at);
    },
  };
}
