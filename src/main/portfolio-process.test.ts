import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { changesSchema, portfolioSchema } from "#contract/portfolio-api";
import { getJson, syncUntil } from "#server/testing/replica-process";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { DEMO_CREDENTIALS } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";

// The proxy process with its store (PGlite in a folder of the test's own) in front of a fake BSS.

const root = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
const fakes: FakeBss[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const fake of fakes.splice(0)) await fake.close();
});

const port = () => 20_000 + Math.floor(Math.random() * 5000);

function startProxy(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main/live.ts", "--no-web"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("dashboard on") && resolve());
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  // A test that expects the exit does not wait for `ready`.
  ready.catch(() => {});
  return { child, ready, output: () => output };
}

describe("the portfolio's sync in the proxy process", () => {
  it("resumes after SIGKILL from its checkpoint: every customer once, no duplicate change event", { timeout: 120_000 }, async () => {
    // A fast fake so the test is short; the sync's calls still go through the proxy's flow control.
    const fake = await startFakeBss({ rateLimitPerSecond: 40 });
    fakes.push(fake);
    const customers = fake.state.bss.dataset.customers.length;
    const env = {
      PORT: String(port()),
      BSS_ENDPOINT: fake.url,
      HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
      HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
      BSS_RATE_LIMIT_PER_SECOND: "40",
      DATA_DIR: mkdtempSync(join(tmpdir(), "store-")),
      SYNC_SCHEDULE: "off",
    };
    const base = `http://127.0.0.1:${env.PORT}`;

    const first = startProxy(env);
    await first.ready;
    const started = await fetch(`${base}/api/portfolio/sync`, { method: "POST", headers: { [CSRF_HEADER.name]: CSRF_HEADER.value } });
    expect(started.status).toBe(202);
    // Killed in the middle: some pages written, most not.
    const midway = await syncUntil(base, (run) => run.rows >= 2000);
    expect(midway.status).toBe("running");
    first.child.kill("SIGKILL");
    await once(first.child, "exit");

    const second = startProxy(env);
    await second.ready;
    const finished = await syncUntil(base, (run) => run.status !== "running");
    expect(finished).toMatchObject({ run_id: midway.run_id, status: "succeeded", errors: [], scopes_done: 5, scopes_total: 5 });
    expect(finished.rows).toBe(customers);

    const portfolio = portfolioSchema.parse(await getJson(`${base}/api/portfolio`));
    expect(portfolio.complete).toBe(true);
    const ids = portfolio.rows.map((row) => row.customer_id);
    expect(ids).toHaveLength(customers);
    expect(new Set(ids).size).toBe(customers);

    const { changes } = changesSchema.parse(await getJson(`${base}/api/portfolio/changes?since=2000-01-01`));
    expect(changes.every((change) => change.kind === "new")).toBe(true);
    expect(changes).toHaveLength(customers);
    expect(new Set(changes.map((change) => change.customer_id)).size).toBe(customers);
  });

  it("stops the start naming the migration that failed", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "store-"));
    // A table of that name, not made by the store: the first migration cannot create its own.
    const db = await PGlite.create(dataDir);
    await db.exec("create table sync_runs (unrelated int)");
    await db.close();
    const fake = await startFakeBss();
    fakes.push(fake);
    const { child, output } = startProxy({
      PORT: String(port()),
      BSS_ENDPOINT: fake.url,
      HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
      HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
      DATA_DIR: dataDir,
    });
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
    expect(output()).toContain('Could not prepare the store: migration 1 (portfolio) failed: relation "sync_runs" already exists');
  });
});
