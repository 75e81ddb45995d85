import { type SetupServer, setupServer } from "msw/node";
import { verifySignature } from "#server/huawei/signer";
import { type BssState, createBssState } from "./bss-state.ts";
import { DEMO_CREDENTIALS } from "./dataset.ts";
import { type FlowControl, createFlowControl } from "./flow-control.ts";
import { createBssHandlers } from "./msw-handlers.ts";

export const HUAWEI_BSS_URL = "https://bss.myhuaweicloud.com";

export interface FakeBssServerOptions {
  baseUrl?: string;
  seed?: number;
  now?: () => Date;
  /** Accepted AK -> SK; defaults to the demo credentials. */
  keys?: Record<string, string>;
  /** Turns flow control on (off by default so unit tests are not throttled by accident). */
  rateLimitPerSecond?: number;
}

/** An msw server that fakes Huawei's BSS, signatures checked, for the proxy's unit tests. */
export function createFakeBssServer(options: FakeBssServerOptions = {}): {
  server: SetupServer;
  state: BssState;
  flowControl?: FlowControl;
} {
  const now = options.now ?? (() => new Date());
  const keys = options.keys ?? { [DEMO_CREDENTIALS.ak]: DEMO_CREDENTIALS.sk };
  const state = createBssState({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    now: now(),
  });
  const flowControl =
    options.rateLimitPerSecond === undefined
      ? undefined
      : createFlowControl({
          limitPerSecond: options.rateLimitPerSecond,
          now: () => now().getTime(),
        });
  const handlers = createBssHandlers({
    baseUrl: options.baseUrl ?? HUAWEI_BSS_URL,
    state,
    verify: (request) =>
      verifySignature(request, (ak) => (Object.hasOwn(keys, ak) ? keys[ak] : undefined), now()),
    ...(flowControl ? { flowControl } : {}),
  });
  return { server: setupServer(...handlers), state, ...(flowControl ? { flowControl } : {}) };
}
