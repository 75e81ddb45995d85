import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.ts";
import { ConfigError, type Config, loadConfig } from "./config.ts";
import { createUpstream } from "./huawei/upstream.ts";
import { buildWeb, webBuildIsStale } from "./web-build.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const webRoot = fileURLToPath(new URL("../../dist/web", import.meta.url));

async function upstreamFor(config: Config): Promise<{ config: Config; stop: () => Promise<void> }> {
  if (config.mode === "live") return { config, stop: async () => {} };
  // Demo mode: the fake Huawei BSS runs in this process on loopback, and the proxy signs for it
  // exactly as it would for Huawei.
  const { startFakeBss } = await import("../mocks/http-server.ts");
  const { DEMO_CREDENTIALS } = await import("../mocks/dataset.ts");
  const fake = await startFakeBss({ port: config.fakeBssPort, rateLimitPerSecond: config.rateLimitPerSecond });
  return {
    config: { ...config, bssEndpoint: fake.url, auth: { kind: "aksk", credentials: { ...DEMO_CREDENTIALS } } },
    stop: () => fake.close(),
  };
}

async function main(): Promise<void> {
  // ENV_FILE="" turns the file off (the end-to-end tests must not pick up a developer's live keys).
  const envFile = process.env.ENV_FILE ?? ".env";
  if (envFile && existsSync(envFile)) process.loadEnvFile(envFile);
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  if (webBuildIsStale(root, webRoot)) {
    process.stdout.write("Building the web app (first start or sources changed)...\n");
    await buildWeb(root);
  }

  const upstream = await upstreamFor(config);
  const app = buildApp({ config, call: createUpstream(upstream.config), webRoot });

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, "shutting down after in-flight requests");
    await app.close();
    await upstream.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));

  await app.listen({ host: config.host, port: config.port });
  const shown = config.host.includes(":") ? `[${config.host}]` : config.host;
  process.stdout.write(
    `New-customer tag dashboard on http://${shown}:${config.port} (${config.mode === "demo" ? "demo data: no Huawei credentials configured" : `live: ${config.bssEndpoint}`})\n`,
  );
}

await main();
