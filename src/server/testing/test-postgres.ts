import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type Database, openDatabase } from "../store/database.ts";
import { freePort } from "./test-redis.ts";

// A throwaway PostgreSQL server for the tests (server tests and the end-to-end suite): Debian's
// `postgresql` binaries, a cluster in a temporary folder, a free loopback port, no durability (it
// is deleted afterwards).

const INSTALL =
  "the tests need a PostgreSQL server's programs: install them with `apt-get install postgresql` (or set PG_BIN to a folder holding initdb and pg_ctl)";

/** The folder of initdb and pg_ctl: PG_BIN, else Debian's newest /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string | undefined {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return candidates.find(
    (dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")),
  );
}

/** One sentence saying what to install, or undefined when PostgreSQL is there. */
export function postgresProblem(): string | undefined {
  return postgresBin() ? undefined : INSTALL;
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user that
// Debian's package creates, and its programs run as that user.
function run(bin: string, program: string, args: string[], asUser: string | undefined): void {
  const command = join(bin, program);
  const result = asUser
    ? spawnSync("runuser", ["-u", asUser, "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(
      `${program} failed: ${result.stderr || result.stdout || result.error?.message}`,
    );
}

export interface TestPostgres {
  /** The database `newtag`. */
  url: string;
  /** Creates another empty database on the server; answers its URL. */
  createDatabase(): Promise<string>;
  /** Runs one statement as the server's superuser, in the database `newtag`. */
  admin<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Restarts the server, ending every session (as a failover or an upgrade would); resolves once it accepts connections. */
  restart(): void;
  /** Stops the server at once and deletes its files. */
  stop(): void;
}

/** Starts a fresh cluster with a database `newtag`; answers its URL and how to stop and delete it. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error(INSTALL);
  const asUser = process.getuid?.() === 0 ? "postgres" : undefined;
  const dir = mkdtempSync(join(tmpdir(), "newtag-pg-"));
  if (asUser) {
    chmodSync(dir, 0o777);
    execFileSync("chown", [asUser, dir]);
  }
  const data = join(dir, "data");
  const port = await freePort();
  run(
    bin,
    "initdb",
    ["-D", data, "-U", "newtag", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"],
    asUser,
  );
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run(
    bin,
    "pg_ctl",
    ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"],
    asUser,
  );
  const server = `postgres://newtag@127.0.0.1:${port}`;
  const once = async <Row>(
    database: string,
    text: string,
    params: unknown[] = [],
  ): Promise<Row[]> => {
    const client = new Client({ connectionString: `${server}/${database}` });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as Row[];
    } finally {
      await client.end();
    }
  };
  await once("postgres", "create database newtag");
  let databases = 0;
  return {
    url: `${server}/newtag`,
    async createDatabase() {
      databases += 1;
      const name = `newtag_${databases}`;
      await once("postgres", `create database ${name}`);
      return `${server}/${name}`;
    },
    admin: (text, params) => once("newtag", text, params),
    restart() {
      // pg_ctl starts it again with the server options it was started with (its log is pg_ctl's own).
      run(
        bin,
        "pg_ctl",
        ["-D", data, "-l", join(dir, "server.log"), "-m", "fast", "-w", "restart"],
        asUser,
      );
    },
    stop() {
      try {
        run(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], asUser);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * One PostgreSQL server per test file, and the replicas' pools a test opens on it (`open`), closed
 * after each test. Read `.postgres` inside tests and hooks.
 */
export function withTestServer(): { readonly postgres: TestPostgres; open(url?: string): Promise<Database> } {
  let server: TestPostgres | undefined;
  const opened: Database[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
  });
  afterAll(() => server?.stop());
  const postgres = () => {
    if (!server) throw new Error("withTestServer: read .postgres inside a test or hook");
    return server;
  };
  return {
    get postgres() {
      return postgres();
    },
    async open(url = postgres().url) {
      const db = await openDatabase({ url });
      opened.push(db);
      return db;
    },
  };
}
