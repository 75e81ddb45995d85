import { type FakeBss, type FakeBssOptions, startFakeBss as startFake } from "#mocks/http-server";

export type { FakeBss, FakeBssOptions };
export type { FaultRule } from "#mocks/faults";

/** Starts the fake Huawei BSS over real HTTP for a test, its `/__fake/*` control routes open. */
export function startFakeBss(options: FakeBssOptions = {}): Promise<FakeBss> {
  return startFake({ controlRoutes: true, ...options });
}
