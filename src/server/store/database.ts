import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Pool, type PoolClient } from "pg";

/** Runs one SQL statement; PostgreSQL's dialect and `$1` parameters, whichever server answers. */
export interface Sql {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** The store's connection: embedded PostgreSQL (PGlite) or a PostgreSQL server, one dialect. */
export interface Database extends Sql {
  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** For messages and the README's "where is my data": the folder, or the server without its password. */
  readonly where: string;
  /** PGlite in this process (no background checkpointer or autovacuum), or a PostgreSQL server. */
  readonly kind: "embedded" | "server";
  /**
   * A connection of the server's own, kept until released: what a session-level lock lives on.
   * Absent for the embedded store, which has one connection and one process.
   */
  readonly session?: () => Promise<Session>;
}

/** One connection to the server, kept by one user until released. */
export interface Session extends Sql {
  /** Aborted when the connection fails or ends: whatever the session held on the server is gone. */
  readonly lost: AbortSignal;
  /** Asks the server for an answer; fails when none came within `timeoutMs` (a peer gone silent). */
  ping(timeoutMs: number): Promise<void>;
  /** Gives the connection back to the pool, or closes it when `discard` or lost (ending the session). */
  release(discard?: boolean): void;
}

/** Where the store lives: a PostgreSQL server when `url` is set, else PGlite files in `dataDir` (memory when absent). */
export interface DatabaseTarget {
  url?: string | undefined;
  dataDir?: string | undefined;
}

/** Opens the store's database; throws when it cannot be reached or its files cannot be read. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.url ? openServer(target.url) : openEmbedded(target.dataDir);
}

/** The `Sql` of anything that answers `query` with `{ rows }` (PGlite, its transactions, pg clients). */
function rowsOf(target: {
  query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;
}): Sql {
  return {
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await target.query(text, [...params])).rows as Row[],
  };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, {
    // The embedded server has no checkpointer: without a cap its write-ahead log keeps every
    // segment until an explicit CHECKPOINT (measured: 890 MB of log for a 116 MB database after
    // 30 daily syncs of 100,000 customers). The store checkpoints after each sync, and this keeps
    // what a checkpoint leaves small.
    startParams: [
      ...PGlite.defaultStartParams,
      "-c",
      "max_wal_size=64MB",
      "-c",
      "min_wal_size=32MB",
    ],
  });
  return {
    where: dataDir ?? "memory",
    kind: "embedded",
    ...rowsOf(db),
    transaction: (work) => db.transaction((tx) => work(rowsOf(tx))),
    close: () => db.close(),
  };
}

// pg returns int8 and numeric as strings; the store casts what it reads to int or text in SQL,
// so both drivers hand back the same JavaScript types.
async function openServer(url: string): Promise<Database> {
  // One of the five is held by the sync's lock while a run goes on (see run-lock.ts).
  const pool = new Pool({ connectionString: url, max: 5 });
  // An idle connection the server dropped must not crash the process: the next query reconnects.
  pool.on("error", () => {});
  // Fails here, at start, when the server cannot be reached or refuses the credentials.
  (await pool.connect()).release();
  const where = redact(url);
  return {
    where,
    kind: "server",
    ...rowsOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      // Checked out, the client has no listener of the pool's: a connection dropped between two
      // statements (a server restart) must fail the next statement, not end the process.
      const dropped = () => {};
      client.on("error", dropped);
      try {
        await client.query("begin");
        const result = await work(rowsOf(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.off("error", dropped);
        client.release();
      }
    },
    session: async () => sessionOf(await pool.connect()),
    close: () => pool.end(),
  };
}

function sessionOf(client: PoolClient): Session {
  const lost = new AbortController();
  // A checked-out client has no error listener of the pool's: without this one, a dropped
  // connection would be an unhandled 'error' event, which ends the process.
  const onError = (error: Error) => lost.abort(error);
  const onEnd = () => lost.abort(new Error("the connection to the database ended"));
  client.on("error", onError);
  client.on("end", onEnd);
  let released = false;
  return {
    ...rowsOf(client),
    lost: lost.signal,
    async ping(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const silence = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the database did not answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        await Promise.race([client.query("select 1"), silence]);
      } finally {
        clearTimeout(timer);
      }
    },
    release(discard = false) {
      if (released) return;
      released = true;
      client.off("error", onError);
      client.off("end", onEnd);
      client.release(discard || lost.signal.aborted);
    },
  };
}

/** The server's address without its password, for logs and messages. */
export function redact(url: string): string {
  if (!URL.canParse(url)) return "(DATABASE_URL)";
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
