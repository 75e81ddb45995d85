// `npm start`: live when Huawei credentials are configured, otherwise the demo on the fake BSS,
// which is loaded only then. Deployments that must never run the demo start live.ts instead.
import { liveUpstream, runServer } from "#server/run";

await runServer(async (config) =>
  config.mode === "live" ? liveUpstream(config) : (await import("./demo.ts")).demoUpstream(config),
);
