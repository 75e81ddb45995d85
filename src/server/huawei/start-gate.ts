import type { CallPriority } from "./call-context.ts";

/** What a gate answers for one start: go (the start is counted), or ask again in `waitMs`. */
export type GateAnswer = { go: true } | { go: false; waitMs: number };

/** What the queue tells the gate when it asks for a start. */
export interface StartRequest {
  /** The priority of the call that would start: "user" while any user's call waits in this queue. */
  priority: CallPriority;
  /** Users' calls waiting in this queue, the one about to start included. */
  usersWaiting: number;
  /** Clients (users) with calls waiting in this queue: a replica's weight in the shared budget. */
  usersClients?: number;
}

/**
 * Decides when the flow-control queue may start its next call. A gate that answers at once
 * (returns a plain answer) keeps the queue's turns exactly as if the gate were not there; one that
 * asks elsewhere (Redis) returns a promise, and must never reject.
 */
export interface StartGate {
  tryStart(request: StartRequest): GateAnswer | Promise<GateAnswer>;
}

/** The answer that lets a call start. */
export const GO: GateAnswer = { go: true };

/**
 * Extra spacing of each window, so that ours and Huawei's never disagree by a clock tick: 50 ms
 * absorbs network jitter between our clock and the gateway's window (measured: 15 ms still let an
 * occasional 429 through), for about 5 % of throughput.
 */
export const DEFAULT_MARGIN_MS = 50;

/** The starts of the last `windowMs`, oldest first, on the given clock. */
export interface StartWindow {
  /** How long until fewer than `limit` starts are in the window; 0 when one may start now. */
  waitMs(limit: number): number;
  /** Counts a start now. */
  record(): void;
}

/** A sliding window of start times: a start at `t` counts until `t + windowMs`. */
export function createStartWindow(windowMs: number, now: () => number): StartWindow {
  const starts: number[] = [];
  return {
    waitMs(limit) {
      const t = now();
      while (starts.length > 0 && (starts[0] ?? 0) + windowMs <= t) starts.shift();
      if (starts.length < limit) return 0;
      // When the window holds more than `limit` (a smaller limit after a switch), several must leave.
      const leaving = starts[starts.length - limit] ?? t;
      return leaving + windowMs - t;
    },
    record() {
      starts.push(now());
    },
  };
}

/** The gate of one process on its own: at most `perSecond` starts in any window of `windowMs`. */
export function createLocalGate(perSecond: number, windowMs: number, now: () => number): StartGate {
  const window = createStartWindow(windowMs, now);
  return {
    tryStart() {
      const waitMs = window.waitMs(perSecond);
      if (waitMs > 0) return { go: false, waitMs };
      window.record();
      return GO;
    },
  };
}
