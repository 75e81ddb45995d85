import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";

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
function rowsOf(target: { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> }): Sql {
  return { query: async <Row>(text: string, params: readonly unknown[] = []) => (await target.query(text, [...params])).rows as Row[] };
}

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, {
    // The embedded server has no checkpointer: without a cap its write-ahead log keeps every
    // segment until an explicit CHECKPOINT (measured: 890 MB of log for a 116 MB database after
    // 30 daily syncs of 100,000 customers). The store checkpoints after each sync, and this keeps
    // what a checkpoint leaves small.
    startParams: [...PGlite.defaultStartParams, "-c", "max_wal_size=64MB", "-c", "min_wal_size=32MB"],
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
  const pool = new Pool({ connectionString: url, max: 4 });
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
      try {
        await client.query("begin");
        const result = await work(rowsOf(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The server's address without its password, for logs and messages. */
export function redact(url: string): string {
  if (!URL.canParse(url)) return "(DATABASE_URL)";
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
