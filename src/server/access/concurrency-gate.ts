/** Thrown by a full gate: the caller answers "busy" at once instead of queueing without bound. */
export class GateFullError extends Error {
  constructor() {
    super("too many waiting");
    this.name = "GateFullError";
  }
}

/**
 * Runs at most `concurrent` tasks at a time, queueing up to `waiting` more in arrival order and
 * refusing the rest with GateFullError (password checks are CPU-bound: a queue without bound would
 * only make every sign-in slow).
 */
export function createConcurrencyGate(concurrent: number, waiting: number) {
  let active = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return {
    /** Runs `task` when a slot is free. */
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < concurrent) active++;
      else if (queue.length < waiting) await new Promise<void>((resolve) => queue.push(resolve));
      else throw new GateFullError();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
