/** A clock that moves only when a test says so: sleeps end when `advance` passes their time. */
export interface ManualClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Moves time forward, ending the sleeps that are due. */
  advance(ms: number): void;
  /** Sleeps not yet ended. */
  readonly sleepers: number;
}

/** Creates a manual clock starting at `start` ms. */
export function createManualClock(start = 1_000_000): ManualClock {
  let time = start;
  let sleepers: Array<{ until: number; wake: () => void }> = [];
  return {
    now: () => time,
    sleep(ms) {
      return new Promise((wake) => sleepers.push({ until: time + ms, wake }));
    },
    advance(ms) {
      time += ms;
      const due = sleepers.filter((s) => s.until <= time);
      sleepers = sleepers.filter((s) => s.until > time);
      for (const s of due) s.wake();
    },
    get sleepers() {
      return sleepers.length;
    },
  };
}
