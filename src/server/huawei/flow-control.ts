import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { CallPriority } from "./call-context.ts";
import {
  createLocalGate,
  DEFAULT_MARGIN_MS,
  type GateAnswer,
  type StartGate,
} from "./start-gate.ts";

/** A queued call's owner: whose turn it takes, and how it is cancelled. */
export interface QueueTicket {
  /** The client the call is counted against: the signed-in user, else the address. */
  client: string;
  priority: CallPriority;
  /** Aborting drops the call from the queue; `acquire` then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/**
 * Lets calls start as fast as its gate allows (at most `perSecond` in any one-second window by
 * default), taking turns between clients: round-robin, one call per client per turn, users before
 * background work.
 */
export interface FlowControl {
  /** Resolves when the caller may start its call (the start is counted then); rejects when refused or aborted. */
  acquire(ticket: QueueTicket): Promise<void>;
  /** Calls waiting for their turn. */
  readonly waiting: number;
}

export interface FlowControlOptions {
  /** The budget the default gate keeps to; also how fast the queue is expected to move (for Retry-After). */
  perSecond: number;
  /** Extra spacing so our window and Huawei's never disagree by a clock tick (for the default gate). */
  marginMs?: number;
  /** Asked before each start; by default this process's own sliding window of `perSecond`. */
  gate?: StartGate;
  /** Calls one client may have waiting; more are refused with 429. */
  maxPerClient?: number;
  /** Calls that may wait in all; more are refused with 503. */
  maxWaiting?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told the number of waiting calls whenever it changes. */
  onQueueChange?: (waiting: number) => void;
  /** Told of each start: its priority and how long it waited since `acquire`. */
  onStart?: (start: { priority: CallPriority; waitedMs: number }) => void;
}

interface Waiter {
  client: string;
  priority: CallPriority;
  queuedAt: number;
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const PRIORITIES: readonly CallPriority[] = ["user", "background"];

/**
 * A gate (by default a sliding-window limiter) in front of per-client queues served round-robin. A
 * client's calls keep their order; a client that arrives joins the end of the round, so its first
 * call waits behind at most one call of each other active client, however many the others have queued.
 */
export function createFlowControl(options: FlowControlOptions): FlowControl {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const gate =
    options.gate ??
    createLocalGate(options.perSecond, 1000 + (options.marginMs ?? DEFAULT_MARGIN_MS), now);
  const maxPerClient = options.maxPerClient ?? Number.POSITIVE_INFINITY;
  const maxWaiting = options.maxWaiting ?? Number.POSITIVE_INFINITY;
  // Per priority, the clients with waiting calls in turn order (a Map keeps insertion order; a
  // served client is moved to the end).
  const rounds: Record<CallPriority, Map<string, Waiter[]>> = {
    user: new Map(),
    background: new Map(),
  };
  let waiting = 0;
  let usersWaiting = 0;
  let pumping = false;

  const detach = (waiter: Waiter) => {
    waiting -= 1;
    if (waiter.priority === "user") usersWaiting -= 1;
    if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
    options.onQueueChange?.(waiting);
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
        const asked = gate.tryStart({
          priority: usersWaiting > 0 ? "user" : "background",
          usersWaiting,
          usersClients: rounds.user.size,
        });
        // A gate that answers at once is not awaited: a call that finds a free slot leaves the queue
        // in the same tick as its `acquire`, before anyone queued after it takes a turn.
        const answer: GateAnswer = asked instanceof Promise ? await asked : asked;
        if (!answer.go) {
          await sleep(answer.waitMs);
          continue;
        }
        // Empty only when every waiter left while a remote gate answered: that slot goes unused,
        // which errs on the side of the budget.
        const waiter = nextInTurn();
        if (!waiter) break;
        options.onStart?.({ priority: waiter.priority, waitedMs: now() - waiter.queuedAt });
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
        const waiter: Waiter = {
          client: ticket.client,
          priority: ticket.priority,
          queuedAt: now(),
          resolve,
          reject,
          signal: ticket.signal,
        };
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
        if (ticket.priority === "user") usersWaiting += 1;
        options.onQueueChange?.(waiting);
        void pump();
      });
    },
    get waiting() {
      return waiting;
    },
  };
}
