import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppOptions, type ProxyApp, buildApp } from "../app.ts";
import type { BssCall } from "../huawei/bss-client.ts";
import { connectSharedRedis, type SharedRedis } from "../shared/redis.ts";
import { capturedLogger } from "./captured-logger.ts";
import { availability } from "./test-redis.ts";

/** A proxy on a loopback port whose Huawei calls answer at once, with a tiny built web app. */
export interface AppServer {
  app: ProxyApp;
  url: string;
  port: number;
  logs: string[];
  close(): Promise<void>;
}

const answerAtOnce: BssCall = async () => ({ ok: true, status: 200, body: { new_customer_tags: [] } });

/** Starts the real app (no fake BSS) for tests of what happens before any Huawei call. */
export async function startAppServer(options: Partial<Omit<AppOptions, "logger">> = {}): Promise<AppServer> {
  const webRoot = mkdtempSync(join(tmpdir(), "web-"));
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>dashboard</title>");
  writeFileSync(join(webRoot, "assets", "app.js"), "export {};");
  const { logger, logs } = capturedLogger();
  const app = buildApp({
    config: { mode: "live", clientRateLimitPerMinute: 100_000 },
    call: answerAtOnce,
    webRoot,
    ...options,
    logger,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, url, port: Number(new URL(url).port), logs, close: () => app.close() };
}

/**
 * `count` app servers sharing the Redis at `redisUrl` as replicas do, each on a connection of its
 * own, started once their connection is up; `close` stops the servers, then the connections.
 */
export async function startAppReplicas(
  redisUrl: string,
  options: Partial<Omit<AppOptions, "logger" | "redis">> = {},
  count = 2,
): Promise<{ replicas: AppServer[]; connections: SharedRedis[]; close(): Promise<void> }> {
  const connections: SharedRedis[] = [];
  const replicas: AppServer[] = [];
  for (let i = 0; i < count; i++) {
    const redis = connectSharedRedis(redisUrl);
    connections.push(redis);
    await availability(redis, true);
    replicas.push(await startAppServer({ ...options, redis }));
  }
  return {
    replicas,
    connections,
    close: async () => {
      await Promise.all(replicas.map((replica) => replica.close()));
      await Promise.all(connections.map((redis) => redis.close()));
    },
  };
}
