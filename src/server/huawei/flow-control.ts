/** Waits as needed so that at most `perSecond` calls start in any one-second window. */
export interface FlowControl {
  /** Resolves when the caller may start its call; the start is counted at that moment. */
  acquire(): Promise<void>;
  /** Calls waiting for their turn. */
  readonly waiting: number;
}

export interface FlowControlOptions {
  perSecond: number;
  /** Extra spacing so our window and Huawei's never disagree by a clock tick. */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A sliding-window limiter with a FIFO queue, so calls keep their order under load. */
export function createFlowControl(options: FlowControlOptions): FlowControl {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  // 50 ms absorbs network jitter between our clock and the gateway's window (measured: 15 ms still let
  // an occasional 429 through), for about 5 % of throughput.
  const margin = options.marginMs ?? 50;
  const starts: number[] = [];
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;

  const takeTurn = async () => {
    for (;;) {
      const t = now();
      while (starts.length > 0 && (starts[0] ?? 0) + 1000 + margin <= t) starts.shift();
      if (starts.length < options.perSecond) {
        starts.push(t);
        return;
      }
      await sleep((starts[0] ?? t) + 1000 + margin - t);
    }
  };

  return {
    acquire() {
      waiting += 1;
      const turn = tail.then(takeTurn).finally(() => {
        waiting -= 1;
      });
      tail = turn;
      return turn;
    },
    get waiting() {
      return waiting;
    },
  };
}
