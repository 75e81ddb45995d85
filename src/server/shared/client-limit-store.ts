import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { FastifyBaseLogger } from "fastify";
import type { SharedRedis } from "./redis.ts";
import { redisScript, sharedOrLocal } from "./redis-script.ts";

/** A client's count in the current window and the milliseconds until that window ends. */
export interface WindowCount {
  current: number;
  ttl: number;
}

// As many clients as @fastify/rate-limit's own in-memory store keeps (its `cache` default).
const DEFAULT_MAX_KEYS = 5000;

/**
 * Requests per key in fixed windows that start at a key's first request, in this process (the
 * rules of @fastify/rate-limit's own in-memory store). Past `maxKeys` the least recently counted
 * key is forgotten, so a flood of addresses cannot grow the map without bound.
 */
export function createLocalWindows(now: () => number, maxKeys = DEFAULT_MAX_KEYS) {
  const windows = new Map<string, { count: number; startedAt: number }>();
  return {
    /** Counts one request of `key` and says where its window stands. */
    incr(key: string, windowMs: number): WindowCount {
      const at = now();
      const previous = windows.get(key);
      const entry =
        previous && previous.startedAt + windowMs > at ? previous : { count: 0, startedAt: at };
      entry.count += 1;
      // Re-inserted so the map's order is least recently counted first.
      windows.delete(key);
      windows.set(key, entry);
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value ?? key);
      return { current: entry.count, ttl: entry.startedAt + windowMs - at };
    },
  };
}

// The same fixed window in Redis: the first request of a window sets its expiry.
const countShared = redisScript(`
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {current, redis.call('PTTL', KEYS[1])}
`);

const KEY_PREFIX = "newtag:client-limit:";

export interface ClientLimitStoreOptions {
  log?: Pick<FastifyBaseLogger, "warn"> | undefined;
  /** The clock of the local fallback's windows. */
  now?: () => number;
}

/** What @fastify/rate-limit hands a route's store: its merged options and the route. */
interface RouteParams {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
  routeInfo?: { method?: unknown; url?: unknown };
}

/**
 * A @fastify/rate-limit store that counts each client's requests in Redis, so the limit holds for
 * all replicas together, and in this process while Redis is away or a command fails: a request is
 * never refused or failed because of Redis. It counts fixed windows only (no `continueExceeding`
 * nor `exponentialBackoff`, which this proxy does not use).
 */
export function sharedClientLimitStore(
  redis: SharedRedis,
  options: ClientLimitStoreOptions = {},
): FastifyRateLimitStoreCtor {
  const now = options.now ?? Date.now;
  const sharedOr = sharedOrLocal(redis, "per-client limits", options.log);

  class ClientLimitStore implements FastifyRateLimitStore {
    readonly #local: ReturnType<typeof createLocalWindows>;
    readonly #prefix: string;

    constructor(params: RouteParams, scope = "all") {
      if (params.continueExceeding || params.exponentialBackoff) {
        throw new Error(
          "The shared per-client limit counts fixed windows: continueExceeding and exponentialBackoff are not supported",
        );
      }
      this.#local = createLocalWindows(now, params.cache ?? DEFAULT_MAX_KEYS);
      this.#prefix = `${KEY_PREFIX}${scope}:`;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: WindowCount) => void,
      timeWindow: number,
    ): void {
      void sharedOr(
        async (client) => {
          const [current, ttl] = (await countShared(
            client,
            [`${this.#prefix}${key}`],
            [timeWindow],
          )) as [number, number];
          return { current, ttl };
        },
        () => this.#local.incr(key, timeWindow),
      ).then((result) => callback(null, result));
    }

    // One count per route, as with the plugin's own stores.
    child(routeOptions: Parameters<FastifyRateLimitStore["child"]>[0]): FastifyRateLimitStore {
      const params = routeOptions as unknown as RouteParams;
      const route = params.routeInfo
        ? `${String(params.routeInfo.method)} ${String(params.routeInfo.url)}`
        : "all";
      return new ClientLimitStore(params, route);
    }
  }
  return ClientLimitStore;
}
