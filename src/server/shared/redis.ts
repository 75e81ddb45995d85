import { Redis } from "ioredis";
import type { Logger } from "pino";

/**
 * The replicas' shared Redis, or its absence: every user of it asks `available()` first and keeps
 * a local fallback, so a Redis that goes away slows nothing down and fails no request.
 */
export interface SharedRedis {
  readonly client: Redis;
  /** Connected and answering: shared state is used. */
  available(): boolean;
  /** Called on every change between shared and fallback. */
  onChange(listener: (available: boolean) => void): () => void;
  /** Where it is, for messages: the host and port, never a password. */
  readonly where: string;
  close(): Promise<void>;
}

export interface SharedRedisOptions {
  /** How long one command may take before its caller falls back (a stopped Redis is noticed at once; a hung one by this). */
  commandTimeoutMs?: number;
  logger?: Logger | undefined;
}

/** The host and port of a Redis URL, without its password. */
export function redisWhere(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * Connects to Redis at `url` and keeps reconnecting (every 0.2 to 2 s) while it is away. Commands
 * are never queued while it is away (they fail at once, and their callers fall back).
 */
export function connectSharedRedis(url: string, options: SharedRedisOptions = {}): SharedRedis {
  const where = redisWhere(url);
  const log = options.logger;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(200 * times, 2000),
    // Each replica's connection shows under its name in CLIENT LIST.
    connectionName: "newtag-proxy",
  });
  let up = false;
  let closing = false;
  let everUp = false;
  let warnedUnreachable = false;
  const listeners = new Set<(available: boolean) => void>();
  const set = (next: boolean, reason?: string) => {
    if (next === up) return;
    up = next;
    if (next) {
      log?.info(
        { redis: where },
        everUp
          ? "Redis answers again: the replicas share flow control and limits again"
          : "Redis connected: the replicas share flow control and limits",
      );
      everUp = true;
    } else if (!closing) {
      log?.warn(
        { redis: where, reason },
        "Redis is unavailable: this replica falls back to its own share of the Huawei budget and its own limits",
      );
    }
    for (const listener of listeners) listener(next);
  };
  client.on("ready", () => set(true));
  client.on("close", () => set(false, "connection closed"));
  client.on("end", () => set(false, "connection ended"));
  // Errors are reported by the state change; an unhandled 'error' event would end the process.
  client.on("error", (error: Error) => {
    if (everUp || up || warnedUnreachable) return;
    warnedUnreachable = true;
    log?.warn(
      { redis: where, err: error.message },
      "Redis cannot be reached yet: this replica uses its own share until it can",
    );
  });
  return {
    client,
    where,
    available: () => up,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closing = true;
      listeners.clear();
      client.disconnect();
    },
  };
}
