import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AppOptions, type ProxyApp, buildApp } from "../app.ts";
import type { BssCall } from "../huawei/bss-client.ts";
import { capturedLogger } from "./captured-logger.ts";

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
