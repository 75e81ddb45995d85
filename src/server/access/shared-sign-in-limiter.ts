import { createHash, randomUUID } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { SharedRedis } from "../shared/redis.ts";
import { redisScript, sharedOrLocal } from "../shared/redis-script.ts";
import { addressKey } from "./address-key.ts";
import {
  type Admission,
  KNOWN_ADDRESS_MS,
  type SignInLimits,
  type SignInTicket,
  createSignInLimiter,
} from "./sign-in-limiter.ts";

// The rules of sign-in-limiter.ts, kept in Redis so that every replica counts the same attempts.
// One script checks and records an attempt, so simultaneous guesses at any number of replicas get
// exactly the checks the limits leave, as they do within one process. (rate-limiter-flexible's
// fixed windows fit none of this: the address limit is a sliding window whose attempts are taken
// back one by one, and the name's backoff doubles and is waived at known addresses, all decided
// in the same atomic step.) Times come from the replicas' clocks, as in memory.

// KEYS: the address's attempts (sorted set: attempt id -> time), the name's failures (hash), the
// name's sign-in at this address (string: time). ARGV: time, window, per address, free failures per
// name, first backoff, longest backoff, known-address time, attempt id, expiry of the address and
// of the name's record.
const admitShared = redisScript(`
local at = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local perNameFree = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - windowMs)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {'address', (tonumber(oldest[2]) or at) + windowMs - at}
end
local record = redis.call('HMGET', KEYS[2], 'failures', 'lastAt')
local failures = 0
local readyAt = at
if record[1] then
  local recorded = tonumber(record[1])
  local lastAt = tonumber(record[2])
  local wait = 0
  if recorded >= perNameFree then
    wait = math.min(tonumber(ARGV[6]), tonumber(ARGV[5]) * 2 ^ (recorded - perNameFree))
  end
  if at - lastAt <= math.max(windowMs, wait) then
    failures = recorded
    readyAt = lastAt + wait
  end
end
local knownAt = redis.call('GET', KEYS[3])
local known = knownAt and at - tonumber(knownAt) < tonumber(ARGV[7])
if readyAt > at and not known then return {'name', readyAt - at} end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[8])
redis.call('PEXPIRE', KEYS[1], ARGV[9])
redis.call('HSET', KEYS[2], 'failures', failures + 1, 'lastAt', ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[10])
return {'ok'}
`);

// KEYS: the address's attempts, the name's failures. ARGV: attempt id.
const withdrawShared = redisScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
local failures = tonumber(redis.call('HGET', KEYS[2], 'failures') or '0')
if failures > 0 then redis.call('HSET', KEYS[2], 'failures', failures - 1) end
return 1
`);

// KEYS: the address's attempts, the name's failures, the name's sign-in at this address.
// ARGV: attempt id, time, known-address time.
const succeededShared = redisScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[2])
redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3])
return 1
`);

const KEY_PREFIX = "newtag:sign-in:";
// Records expire in Redis this long after the rules stop needing them: the replicas' clocks may
// differ a little from Redis's.
const EXPIRY_MARGIN_MS = 60_000;

// People type passwords into the name field: Redis sees a digest of the name, never the name.
const digest = (text: string) => createHash("sha256").update(text).digest("hex");

/** An admitted attempt; `attempt` is its id in Redis when Redis counted it. */
export interface SharedSignInTicket extends SignInTicket {
  attempt?: string;
}

/** The sign-in limiter's operations, shared by the replicas when they have Redis. */
export interface SignInCounter {
  /** Counts one attempt as failed, or refuses it with the wait (see createSignInLimiter). */
  admit(rawAddress: string, name: string): Promise<Admission<SharedSignInTicket>>;
  /** The attempt was never checked: it does not count. */
  withdraw(ticket: SharedSignInTicket): Promise<void>;
  /** The attempt's password was right: it no longer counts, and the name starts afresh. */
  succeeded(ticket: SharedSignInTicket): Promise<void>;
}

export interface SharedSignInOptions {
  redis?: SharedRedis | undefined;
  now?: () => number;
  log?: Pick<FastifyBaseLogger, "warn"> | undefined;
}

/**
 * The sign-in limits counted in Redis when there is one, so an attacker gets no more guesses from
 * more replicas; in this process (createSignInLimiter) without Redis, while it is away, or when a
 * command fails. An attempt is taken back where it was counted: one counted in Redis cannot be
 * taken back while Redis is away, so it stays counted (and a success there leaves its name's
 * failures to expire), erring on the side of fewer guesses.
 */
export function createSharedSignInLimiter(
  limits: SignInLimits,
  options: SharedSignInOptions = {},
): SignInCounter {
  const now = options.now ?? Date.now;
  const local = createSignInLimiter(limits, now);
  const redis = options.redis;
  if (!redis) {
    return {
      admit: async (rawAddress, name) => local.admit(rawAddress, name),
      withdraw: async (ticket) => local.withdraw(ticket),
      succeeded: async (ticket) => local.succeeded(ticket),
    };
  }
  const sharedOr = sharedOrLocal(redis, "failed sign-ins", options.log);
  const keysOf = (ticket: SignInTicket) => ({
    attempts: `${KEY_PREFIX}address:${ticket.address}`,
    failures: `${KEY_PREFIX}name:${digest(ticket.name)}`,
    known: `${KEY_PREFIX}known:${digest(`${ticket.name}\n${ticket.address}`)}`,
  });

  return {
    admit(rawAddress, name) {
      const at = now();
      const attempt = randomUUID();
      const ticket: SharedSignInTicket = { address: addressKey(rawAddress), name, at, attempt };
      const keys = keysOf(ticket);
      return sharedOr<Admission<SharedSignInTicket>>(
        async (client) => {
          const answer = (await admitShared(
            client,
            [keys.attempts, keys.failures, keys.known],
            [
              at,
              limits.windowMs,
              limits.perAddress,
              limits.perNameFree,
              limits.nameBackoffMs,
              limits.nameBackoffMaxMs,
              KNOWN_ADDRESS_MS,
              attempt,
              limits.windowMs + EXPIRY_MARGIN_MS,
              Math.max(limits.windowMs, limits.nameBackoffMaxMs) + EXPIRY_MARGIN_MS,
            ],
          )) as [string, number?];
          const [outcome, retryAfterMs = 0] = answer;
          if (outcome === "ok") return { ok: true, ticket };
          return { ok: false, limit: outcome === "address" ? "address" : "name", retryAfterMs };
        },
        () => local.admit(rawAddress, name),
      );
    },

    async withdraw(ticket) {
      const { attempt } = ticket;
      if (attempt === undefined) return local.withdraw(ticket);
      const keys = keysOf(ticket);
      await sharedOr(
        async (client) =>
          void (await withdrawShared(client, [keys.attempts, keys.failures], [attempt])),
        () => undefined,
      );
    },

    async succeeded(ticket) {
      const { attempt } = ticket;
      if (attempt === undefined) return local.succeeded(ticket);
      const keys = keysOf(ticket);
      await sharedOr(
        async (client) =>
          void (await succeededShared(
            client,
            [keys.attempts, keys.failures, keys.known],
            [attempt, ticket.at, KNOWN_ADDRESS_MS],
          )),
        () => undefined,
      );
    },
  };
}
