import { type SetupWorker, setupWorker } from "msw/browser";
import { createProxyHandlers } from "./browser-handlers.ts";
import { type BssState, createBssState } from "./bss-state.ts";

/** Starts msw in the browser for `npm run dev`: the app's `/api/...` calls hit the fake BSS. */
export async function startBrowserMocks(options: { seed?: number; now?: Date } = {}): Promise<{
  worker: SetupWorker;
  state: BssState;
}> {
  const state = createBssState(options);
  const worker = setupWorker(...createProxyHandlers({ state }));
  // Assets and Vite's own requests go to the network untouched.
  await worker.start({ onUnhandledRequest: "bypass", quiet: true });
  return { worker, state };
}
