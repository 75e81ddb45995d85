import type { Database, Session } from "./database.ts";

// Replicas that share one PostgreSQL server execute the portfolio's sync run one at a time: the
// replica executing it holds a session-level advisory lock on a connection of its own. The server
// releases that lock when the connection ends, so a replica that dies, or loses the server, leaves
// the run to whichever replica takes the lock next (which resumes it from its checkpoint).
//
// A replica cut off without its connection being closed keeps the lock on the server until the
// server's TCP keepalive (tcp_keepalives_idle) notices; it can write nothing meanwhile.

/** The advisory locks' first key: the store's own class of locks ("ntag"). */
export const LOCK_CLASS = 0x6e_74_61_67;
/** The second key of the run lock (2: migrations; LOCK_CLASS + 1 and a scope's hash: its writers' turn). */
const RUN_LOCK = [LOCK_CLASS, 1] as const;
// PostgreSQL's SQLSTATE for a lock wait that ran out of lock_timeout.
const LOCK_NOT_AVAILABLE = "55P03";

/** The lock of a run, held by this replica until released or lost. */
export interface HeldLock {
  /** Aborted when the lock went with its connection: the run must stop, another replica may take it. */
  readonly lost: AbortSignal;
  /** Whether the lock is still held, asked of the server now. */
  confirm(): Promise<boolean>;
  /** Gives the lock back (once; later calls answer the same promise). */
  release(): Promise<void>;
}

/** The right to execute the sync's run. */
export interface RunLock {
  /** Takes the lock when no replica holds it, waiting up to `waitMs` for it; undefined when one still does. */
  take(waitMs?: number): Promise<HeldLock | undefined>;
}

/** The embedded store's lock, always granted: one process, whose sync runs one run at a time. */
export const ONE_PROCESS: RunLock = {
  take: () =>
    Promise.resolve({
      lost: new AbortController().signal,
      confirm: () => Promise.resolve(true),
      release: () => Promise.resolve(),
    }),
};

/**
 * The run lock of `db`: an advisory lock on a PostgreSQL server, held on a connection that is
 * pinged every `checkMs` (a ping that gets no answer in that time counts as a lost connection);
 * always granted by the embedded store.
 */
export function createRunLock(db: Database, options: { checkMs?: number } = {}): RunLock {
  const { session } = db;
  if (!session) return ONE_PROCESS;
  const checkMs = options.checkMs ?? 5000;
  return {
    async take(waitMs = 0) {
      const connection = await session();
      let taken: boolean;
      try {
        taken = waitMs > 0 ? await waitFor(connection, waitMs) : await tryNow(connection);
      } catch (error) {
        connection.release(true);
        throw error;
      }
      if (!taken) {
        connection.release();
        return undefined;
      }
      return hold(connection, checkMs);
    },
  };
}

const tryNow = async (connection: Session): Promise<boolean> => {
  const [row] = await connection.query<{ taken: boolean }>(
    "select pg_try_advisory_lock($1, $2) as taken",
    RUN_LOCK,
  );
  return row?.taken === true;
};

// A session-level lock taken inside a transaction outlives it, while `set_config(..., true)` keeps
// the timeout to that transaction, and so off the connection once it is back in the pool.
const waitFor = async (connection: Session, waitMs: number): Promise<boolean> => {
  await connection.query("begin");
  try {
    await connection.query("select set_config('lock_timeout', $1, true)", [
      `${Math.ceil(waitMs)}ms`,
    ]);
    await connection.query("select pg_advisory_lock($1, $2)", RUN_LOCK);
    await connection.query("commit");
    return true;
  } catch (error) {
    await connection.query("rollback");
    if (error instanceof Error && "code" in error && error.code === LOCK_NOT_AVAILABLE)
      return false;
    throw error;
  }
};

function hold(connection: Session, checkMs: number): HeldLock {
  const lost = new AbortController();
  const onLost = () => lost.abort(new Error("the connection holding the sync's lock was lost"));
  connection.lost.addEventListener("abort", onLost, { once: true });
  let pinging: Promise<void> | undefined;
  const check = (): Promise<void> => {
    pinging ??= connection
      .ping(checkMs)
      .catch(onLost)
      .finally(() => {
        pinging = undefined;
      });
    return pinging;
  };
  const timer = setInterval(() => void check(), checkMs).unref();
  let released: Promise<void> | undefined;
  return {
    lost: lost.signal,
    async confirm() {
      if (!lost.signal.aborted) await check();
      return !lost.signal.aborted;
    },
    release() {
      released ??= (async () => {
        clearInterval(timer);
        await pinging;
        connection.lost.removeEventListener("abort", onLost);
        if (lost.signal.aborted) {
          connection.release(true);
          return;
        }
        try {
          await connection.query("select pg_advisory_unlock($1, $2)", RUN_LOCK);
          connection.release();
        } catch {
          // Closing the connection ends the session, and the lock with it.
          connection.release(true);
        }
      })();
      return released;
    },
  };
}
