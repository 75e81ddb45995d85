import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { CallPriority } from "./call-context.ts";

/** A queued call's owner: whose turn it takes, and how it is cancelled. */
export interface QueueTicket {
  /** The client the call is counted against: the signed-in user, else the address. */
  client: string;
  priority: CallPriority;
  /** Aborting drops the call from the queue; `acquire` then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/**
 * Lets at most `perSecond` calls start in any one-second window, taking turns between clients:
 * round-robin, one call per client per turn, users before background work.
 */
export interface FlowControl {
  /** Resolves when the caller may start its call (the start is counted then); rejects when refused or aborted. */
  acquire(ticket: QueueTicket): Promise<void>;
  /** Calls waiting for their turn. */
  readonly waiting: number;
}

export interface FlowControlOptions {
  perSecond: number;
  /** Extra spacing so our window and Huawei's never disagree by a clock tick. */
  marginMs?: number;
  /** Calls one client may have waiting; more are refused with 429. */
  maxPerClient?: number;
  /** Calls that may wait in all; more are refused with 503. */
  maxWaiting?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Waiter {
  client: string;
  priority: CallPriority;
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const PRIORITIES: readonly CallPriority[] = ["user", "background"];

/**
 * A sliding-window limiter in front of per-client queues served round-robin. A client's calls keep
 * their order; a client that arrives joins the end of the round, so its first call waits behind at
 * most one call of each other active client, however many the others have queued.
 */
export function createFlowControl(options: FlowControlOptions): FlowControl {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  // 50 ms absorbs network jitter between our clock and the gateway's window (measured: 15 ms still let
  // an occasional 429 through), for about 5 % of throughput.
  const margin = options.marginMs ?? 50;
  const maxPerClient = options.maxPerClient ?? Number.POSITIVE_INFINITY;
  const maxWaiting = options.maxWaiting ?? Number.POSITIVE_INFINITY;
  const starts: number[] = [];
  // Per priority, the clients with waiting calls in turn order (a Map keeps insertion order; a
  // served client is moved to the end).
  const rounds: Record<CallPriority, Map<string, Waiter[]>> = { user: new Map(), background: new Map() };
  let waiting = 0;
  let pumping = false;

  const detach = (waiter: Waiter) => {
    waiting -= 1;
    if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
  };

  // An aborted call leaves its place at once, so it is never sent and takes nobody's turn.
  const drop = (waiter: Waiter): boolean => {
    const round = rounds[waiter.priority];
    const list = round.get(waiter.client) ?? [];
    const index = list.indexOf(waiter);
    if (index < 0) return false;
    list.splice(index, 1);
    if (list.length === 0) round.delete(waiter.client);
    detach(waiter);
    return true;
  };

  const nextInTurn = (): Waiter | undefined => {
    for (const priority of PRIORITIES) {
      const round = rounds[priority];
      const first = round.entries().next();
      if (first.done) continue;
      const [client, list] = first.value;
      const waiter = list.shift();
      round.delete(client);
      // A client with more calls waits again, at the end of the round.
      if (list.length > 0) round.set(client, list);
      if (waiter) detach(waiter);
      return waiter;
    }
    return undefined;
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        if (waiting === 0) break;
        const t = now();
        while (starts.length > 0 && (starts[0] ?? 0) + 1000 + margin <= t) starts.shift();
        if (starts.length >= options.perSecond) {
          await sleep((starts[0] ?? t) + 1000 + margin - t);
          continue;
        }
        const waiter = nextInTurn();
        if (!waiter) break;
        starts.push(t);
        waiter.resolve();
      }
    } finally {
      pumping = false;
    }
  };

  const busyRound = (priority: CallPriority) => rounds[priority].size;

  return {
    acquire(ticket) {
      if (ticket.signal?.aborted) return Promise.reject(ticket.signal.reason);
      const own = rounds[ticket.priority].get(ticket.client)?.length ?? 0;
      if (own >= maxPerClient) {
        // The client's next call leaves the queue within one round of the clients now waiting.
        const wait = Math.max(1, Math.ceil(busyRound(ticket.priority) / options.perSecond));
        return Promise.reject(
          new ProxyError(
            429,
            PROXY_ERRORS.clientRateLimited,
            `This client already has ${own} calls to Huawei waiting for their turn (at most ${maxPerClient}); try again in ${wait} s`,
            wait,
          ),
        );
      }
      if (waiting >= maxWaiting) {
        return Promise.reject(
          new ProxyError(
            503,
            PROXY_ERRORS.busy,
            `The proxy already has ${waiting} calls to Huawei waiting for their turn; try again shortly`,
            5,
          ),
        );
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { client: ticket.client, priority: ticket.priority, resolve, reject, signal: ticket.signal };
        if (ticket.signal) {
          const signal = ticket.signal;
          waiter.onAbort = () => {
            if (drop(waiter)) reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        const round = rounds[ticket.priority];
        const list = round.get(ticket.client);
        if (list) list.push(waiter);
        else round.set(ticket.client, [waiter]);
        waiting += 1;
        void pump();
      });
    },
    get waiting() {
      return waiting;
    },
  };
}
