import { createHash } from "node:crypto";
import type { FastifyBaseLogger } from "fastify";
import type { Redis } from "ioredis";
import type { SharedRedis } from "./redis.ts";

/**
 * A Lua script, run atomically by Redis. It is sent by its SHA-1 (EVALSHA) and in full only when
 * Redis does not know it yet: a restarted Redis has forgotten every script.
 */
export function redisScript(lua: string) {
  const sha = createHash("sha1").update(lua).digest("hex");
  return async (
    client: Redis,
    keys: readonly string[],
    args: ReadonlyArray<string | number>,
  ): Promise<unknown> => {
    try {
      return await client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return client.eval(lua, keys.length, ...keys, ...args);
    }
  };
}

/** Runs `shared` against Redis, or `local` instead; never rejects because of Redis. */
export type SharedOrLocal = <T>(
  shared: (client: Redis) => Promise<T>,
  local: () => T,
) => Promise<T>;

/**
 * Uses Redis while it answers and this replica's own counts while it does not. `local` runs
 * synchronously when Redis is known to be away, so a local check-and-record stays one step. A
 * command that fails while Redis seemed up (a timeout, an error reply) falls back too; the first
 * such failure after a success is logged, not each one.
 */
export function sharedOrLocal(
  redis: SharedRedis,
  what: string,
  log?: Pick<FastifyBaseLogger, "warn"> | undefined,
): SharedOrLocal {
  let failing = false;
  return async (shared, local) => {
    if (!redis.available()) return local();
    try {
      const result = await shared(redis.client);
      failing = false;
      return result;
    } catch (error) {
      if (!failing) {
        log?.warn(
          { redis: redis.where, err: error instanceof Error ? error.message : String(error) },
          `A Redis command for ${what} failed: this replica counts on its own until one succeeds`,
        );
      }
      failing = true;
      return local();
    }
  };
}
