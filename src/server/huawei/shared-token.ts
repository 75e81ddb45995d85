import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { SharedRedis } from "../shared/redis.ts";

/** What Redis holds for the replicas' IAM user, as one replica finds it. */
export type SharedTokenState =
  | { kind: "token"; token: string; refreshAt: number; ttlMs: number }
  | { kind: "cooling-off"; status: number; ttlMs: number }
  /** Nothing shared yet, and this replica now holds the lock: it fetches. */
  | { kind: "locked" }
  /** Another replica holds the lock and is fetching. */
  | { kind: "wait" };

/**
 * The replicas' IAM token in Redis: the token (expiring at its refresh time), the cool-off after IAM
 * refused the password (expiring with it), and the lock of the one replica that fetches. Every method
 * rejects when Redis does not answer; the caller then does without it.
 */
export interface SharedTokenStore {
  /** The shared token or cool-off, else the fetch lock if it is free, in one atomic step. */
  look(lockId: string, lockMs: number): Promise<SharedTokenState>;
  /** Shares a fetched token until `refreshAt` and frees the lock. */
  shareToken(token: string, refreshAt: number, ttlMs: number, lockId: string): Promise<void>;
  /** Shares IAM's refusal for `ttlMs` and frees the lock. */
  shareRefusal(status: number, ttlMs: number, lockId: string): Promise<void>;
  /** Frees the lock if this replica still holds it (the fetch failed without a refusal). */
  release(lockId: string): Promise<void>;
  /** Deletes the shared token if it is still `token`. */
  invalidate(token: string): Promise<void>;
}

// GET, then SET NX: in one step, so a replica never takes the lock just after another shared a token.
const LOOK = `
local token = redis.call('GET', KEYS[1])
if token then return {'token', token, redis.call('PTTL', KEYS[1])} end
local refusal = redis.call('GET', KEYS[2])
if refusal then return {'cooling-off', refusal, redis.call('PTTL', KEYS[2])} end
if redis.call('SET', KEYS[3], ARGV[1], 'NX', 'PX', ARGV[2]) then return {'locked', '', 0} end
return {'wait', '', 0}
`;

// KEYS[1]: what to share (skipped when ARGV[2] is 0), KEYS[2]: the lock, freed only by its holder.
const SHARE = `
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return 1
`;

// Another replica may already have shared a newer token: only the refused one is deleted.
const INVALIDATE = `
local value = redis.call('GET', KEYS[1])
if not value then return 0 end
local ok, shared = pcall(cjson.decode, value)
if ok and shared.token == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type Script = (...args: Array<string | number>) => Promise<unknown>;

function script(client: Redis, name: string, numberOfKeys: number, lua: string): Script {
  // defineCommand sends EVALSHA and, after a Redis restart emptied the script cache, EVAL.
  if (!(name in client)) client.defineCommand(name, { numberOfKeys, lua });
  const command = (client as unknown as Record<string, Script>)[name];
  if (!command) throw new Error(`the ${name} script is not defined`);
  return command.bind(client);
}

function readLook(reply: unknown): SharedTokenState {
  if (!Array.isArray(reply)) throw new Error("unexpected answer from Redis for the IAM token");
  const [kind, value, ttl] = reply as [unknown, unknown, unknown];
  const ttlMs = typeof ttl === "number" ? ttl : 0;
  if (kind === "token" && typeof value === "string") {
    const shared = JSON.parse(value) as { token?: unknown; refreshAt?: unknown };
    if (typeof shared.token === "string" && typeof shared.refreshAt === "number") {
      return { kind, token: shared.token, refreshAt: shared.refreshAt, ttlMs };
    }
  }
  if (kind === "cooling-off" && typeof value === "string") {
    const shared = JSON.parse(value) as { status?: unknown };
    return { kind, status: typeof shared.status === "number" ? shared.status : 0, ttlMs };
  }
  if (kind === "locked" || kind === "wait") return { kind };
  throw new Error("unexpected answer from Redis for the IAM token");
}

/** Whose token it is: the same IAM user at the same endpoint shares one token. */
export interface IamIdentity {
  endpoint: string;
  domainName: string;
  userName: string;
}

/**
 * The shared token of one IAM user. The keys carry a digest of the endpoint and user, never the
 * names themselves, so two proxies of different partners may share one Redis.
 */
export function createSharedTokenStore(redis: SharedRedis, user: IamIdentity): SharedTokenStore {
  const identity = JSON.stringify([user.endpoint, user.domainName, user.userName]);
  const id = createHash("sha256").update(identity).digest("hex").slice(0, 16);
  const keys = {
    token: `newtag:iam:{${id}}:token`,
    refusal: `newtag:iam:{${id}}:refused`,
    lock: `newtag:iam:{${id}}:lock`,
  };
  const client = redis.client;
  const look = script(client, "newtagIamLook", 3, LOOK);
  const share = script(client, "newtagIamShare", 2, SHARE);
  const invalidate = script(client, "newtagIamInvalidate", 1, INVALIDATE);
  return {
    async look(lockId, lockMs) {
      return readLook(
        await look(keys.token, keys.refusal, keys.lock, lockId, Math.max(1, Math.round(lockMs))),
      );
    },
    async shareToken(token, refreshAt, ttlMs, lockId) {
      await share(
        keys.token,
        keys.lock,
        JSON.stringify({ token, refreshAt }),
        Math.max(0, Math.floor(ttlMs)),
        lockId,
      );
    },
    async shareRefusal(status, ttlMs, lockId) {
      await share(
        keys.refusal,
        keys.lock,
        JSON.stringify({ status }),
        Math.max(0, Math.floor(ttlMs)),
        lockId,
      );
    },
    async release(lockId) {
      await share(keys.token, keys.lock, "", 0, lockId);
    },
    async invalidate(token) {
      await invalidate(keys.token, token);
    },
  };
}
