import { DEMO_CREDENTIALS } from "#mocks/dataset";
import { startFakeBss } from "#mocks/http-server";
import type { Config } from "#server/config";
import type { Upstream } from "#server/run";

/**
 * The demo wiring: the fake Huawei BSS runs in this process on loopback, without its control
 * routes, and the proxy signs for it exactly as it would for Huawei.
 */
export async function demoUpstream(config: Config): Promise<Upstream> {
  const fake = await startFakeBss({ port: config.fakeBssPort, rateLimitPerSecond: config.rateLimitPerSecond });
  return {
    config: { ...config, bssEndpoint: fake.url, auth: { kind: "aksk", credentials: { ...DEMO_CREDENTIALS } } },
    stop: () => fake.close(),
  };
}
