import type { BssApi } from "#contract/huawei-api";
import type { BssAnswer } from "./bss-client.ts";

/** Users' calls go first; background work (such as a sync) takes the turns users leave free. */
export type CallPriority = "user" | "background";

/** Who asks for a call to Huawei, as a route knows it. */
export interface Caller {
  /** The client the call is queued and counted under: the signed-in user, else the address. */
  client: string;
  priority?: CallPriority | undefined;
  /** Aborts when the client has gone: a queued call is dropped, an in-flight answer discarded. */
  signal?: AbortSignal | undefined;
}

/** A call on its way through the upstream layers (retry, circuit breaker, queue, client). */
export interface CallContext {
  client: string;
  priority: CallPriority;
  /** Aborts when the client has gone or the deadline passed; its reason is the error to answer. */
  signal: AbortSignal;
  /** The request's time limit across queueing and retries: when it ends (ms on the upstream's clock) and its length. */
  deadline: { at: number; totalMs: number };
}

/** One layer of the upstream: calls an API for the caller in `context`. */
export type ContextCall = (api: BssApi, body: object, context: CallContext) => Promise<BssAnswer>;

/** Waits `ms` with the given sleep, or until `signal` aborts (then rejects with its reason). */
export function sleepUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    void sleep(ms).then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}
