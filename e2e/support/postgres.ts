import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

// A throwaway PostgreSQL server for the end-to-end suite: Debian's `postgresql` binaries, a
// cluster in a temporary folder, a free loopback port, no durability (it is deleted afterwards).

const INSTALL = "the end-to-end tests need a PostgreSQL server's programs: install them with `apt-get install postgresql` (or set PG_BIN to a folder holding initdb and pg_ctl)";

/** The folder of initdb and pg_ctl: PG_BIN, else Debian's newest /usr/lib/postgresql/<version>/bin. */
export function postgresBin(): string | undefined {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

/** One sentence saying what to install, or undefined when PostgreSQL is there. */
export function postgresProblem(): string | undefined {
  return postgresBin() ? undefined : INSTALL;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user that
// Debian's package creates, and its programs run as that user.
function run(bin: string, program: string, args: string[], asUser: string | undefined): void {
  const command = join(bin, program);
  const result = asUser
    ? spawnSync("runuser", ["-u", asUser, "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error?.message}`);
}

export interface TestPostgres {
  url: string;
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
  run(bin, "initdb", ["-D", data, "-U", "newtag", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"], asUser);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run(bin, "pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"], asUser);
  const admin = new Client({ connectionString: `postgres://newtag@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query("create database newtag");
  await admin.end();
  return {
    url: `postgres://newtag@127.0.0.1:${port}/newtag`,
    stop() {
      try {
        run(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], asUser);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
