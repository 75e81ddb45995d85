import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { DEMO_CREDENTIALS } from "#testing/dataset";
import { type FakeBss, startFakeBss } from "#testing/fake-bss";

const root = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
const serverPids: number[] = [];
const fakes: FakeBss[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const pid of serverPids.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone, as it should be
    }
  }
});

const freePorts = () => {
  const port = 18_000 + Math.floor(Math.random() * 2000);
  return { port, fakePort: port + 2000 };
};

/** A fake BSS of the test's own, with control routes, and the environment of a live proxy in front of it. */
async function liveFake(): Promise<{ control: string; env: Record<string, string> }> {
  const fake = await startFakeBss();
  fakes.push(fake);
  return {
    control: `${fake.url}/__fake`,
    env: { BSS_ENDPOINT: fake.url, HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak, HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk },
  };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function usersFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "users-")), "users.txt");
  // alice's password is "alice-password-123" (the hash form of npm run user:add).
  writeFileSync(
    path,
    "alice:scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=\n",
  );
  chmodSync(path, 0o600);
  return path;
}

const tagQuery = (base: string) =>
  fetch(`${base}/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value },
    body: JSON.stringify({ limit: 3 }),
  });

function start(env: Record<string, string>, entry = "src/main/start.ts") {
  const child = spawn(process.execPath, ["--import", "tsx", entry, "--no-web"], {
    cwd: root,
    // The store is off unless a test turns it on: these tests are about the proxy alone.
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "", LOG_LEVEL: "info", STORE: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const ready = () =>
    new Promise<void>((resolve, reject) => {
      if (output.includes("dashboard on")) resolve();
      child.stdout?.on("data", () => output.includes("dashboard on") && resolve());
      child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
  return { child, ready, output: () => output };
}

async function npmStart(port: number, env: Record<string, string>) {
  const npm = spawn("npm", ["start", "--", "--no-web"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), ENV_FILE: "", PORT: String(port), STORE: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(npm);
  let output = "";
  npm.stderr.on("data", (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    npm.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("dashboard on")) resolve();
    });
    npm.once("exit", (code) => reject(new Error(`npm exited with ${code}: ${output}`)));
  });
  // The server's own pid, from its first log line, to check it is gone (and to clean up if not).
  const serverPid = Number(/"pid":(\d+)/.exec(output)?.[1]);
  serverPids.push(serverPid);
  return { npm, serverPid };
}

describe("the proxy process", () => {
  it("refuses to start on 0.0.0.0 without access control, naming HOST", async () => {
    const { child, output } = start({ HOST: "0.0.0.0", PORT: "0" });
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
    expect(output()).toMatch(/Configuration error: HOST: .*no access control/);
  });

  it("refuses an incomplete AK/SK, naming the missing variable", async () => {
    const { child, output } = start({ HUAWEICLOUD_SDK_AK: "ABCDEFGH12345678" });
    await once(child, "exit");
    expect(output()).toMatch(/Configuration error: HUAWEICLOUD_SDK_SK/);
  });

  it("says demo in health, and keeps the demo fake's control routes closed", { timeout: 60_000 }, async () => {
    const { port, fakePort } = freePorts();
    const { ready } = start({ PORT: String(port), FAKE_BSS_PORT: String(fakePort) });
    await ready();
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: "ok", mode: "demo", store: "off" });
    expect((await tagQuery(base)).status).toBe(200);
    for (const [method, path] of [["GET", "stats"], ["PUT", "faults"], ["POST", "reset"]] as const) {
      const control = await fetch(`http://127.0.0.1:${fakePort}/__fake/${path}`, { method, body: method === "GET" ? null : "[]" });
      expect(control.status).toBe(404);
    }
  });

  it("refuses to start live.ts without Huawei credentials, naming the variable", async () => {
    const { child, output } = start({ PORT: "0" }, "src/main/live.ts");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
    expect(output()).toMatch(/Configuration error: HUAWEICLOUD_SDK_AK: no Huawei credentials are set/);
  });

  it("finishes an in-flight request on SIGTERM", { timeout: 60_000 }, async () => {
    const { port } = freePorts();
    const fake = await liveFake();
    const { child, ready, output } = start({ PORT: String(port), ...fake.env }, "src/main/live.ts");
    await ready();
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: "ok", mode: "live", store: "off" });

    await fetch(`${fake.control}/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ fault: { kind: "delay", ms: 800 } }]),
    });
    const inFlight = tagQuery(base);
    for (;;) {
      const stats = (await (await fetch(`${fake.control}/stats`)).json()) as { calls: { newCustomerTags: number } };
      if (stats.calls.newCustomerTags >= 1) break;
    }
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { new_customer_tags: unknown[] }).new_customer_tags).toHaveLength(3);
    const [code] = (await exited) as [number];
    expect(code).toBe(0);
    expect(output()).toContain("shutting down after in-flight requests");
    expect(output()).not.toContain(DEMO_CREDENTIALS.sk);
  });

  it("says why a trusted-proxy range of every address is refused, without a stack trace", async () => {
    const { child, output } = start({ AUTH_PROXY_HEADER: "X-Forwarded-User", AUTH_TRUSTED_PROXIES: "0.0.0.0/0" });
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(1);
    expect(output()).toMatch(/Configuration error: AUTH_TRUSTED_PROXIES: "0\.0\.0\.0\/0" trusts every address/);
    expect(output()).not.toMatch(/\n\s+at /);
  });

  it("warns at start of Basic sign-in over plain HTTP on an address others reach", { timeout: 30_000 }, async () => {
    const { port } = freePorts();
    const { ready, output } = start({ HOST: "0.0.0.0", PORT: String(port), AUTH_USERS_FILE: usersFile() });
    await ready();
    expect(output()).toContain("Warning: HOST is 0.0.0.0 without TLS, so browsers send sign-in passwords over the network in clear text");
  });

  it("answers every unfinished request 503 with Retry-After when the drain runs out, and exits 1", { timeout: 60_000 }, async () => {
    const { port } = freePorts();
    const live = await liveFake();
    const { child, ready } = start({
      PORT: String(port),
      ...live.env,
      SHUTDOWN_GRACE_MS: "300",
      UPSTREAM_TIMEOUT_MS: "60000",
    });
    await ready();
    const fake = live.control;
    await fetch(`${fake}/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ times: "always", fault: { kind: "hang" } }]),
    });
    const base = `http://127.0.0.1:${port}`;
    const requests = Array.from({ length: 6 }, () => tagQuery(base));
    // Every request has reached Huawei (the fake) and hangs there.
    for (;;) {
      const stats = (await (await fetch(`${fake}/stats`)).json()) as { calls: { newCustomerTags: number } };
      if (stats.calls.newCustomerTags >= 6) break;
    }
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const answers = await Promise.all(requests);
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(((await answer.json()) as { error_code: string }).error_code).toBe("PROXY.0530");
    }
    const [code] = (await exited) as [number];
    expect(code).toBe(1);
  });

  it("stops the server when only `npm start` is signalled, before npm itself exits", { timeout: 90_000 }, async () => {
    const { port, fakePort } = freePorts();
    const { npm, serverPid } = await npmStart(port, { FAKE_BSS_PORT: String(fakePort) });
    expect(serverPid).toBeGreaterThan(0);

    const exited = once(npm, "exit");
    npm.kill("SIGTERM");
    await exited;
    expect(isRunning(serverPid)).toBe(false);
    const refused = connect(port, "127.0.0.1");
    const [error] = (await once(refused, "error")) as [NodeJS.ErrnoException];
    expect(error.code).toBe("ECONNREFUSED");
  });

  it("finishes an in-flight request on Ctrl-C, which signals npm and the server both", { timeout: 90_000 }, async () => {
    const { port } = freePorts();
    const live = await liveFake();
    const { npm, serverPid } = await npmStart(port, live.env);
    const fake = live.control;
    await fetch(`${fake}/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ fault: { kind: "delay", ms: 1500 } }]),
    });
    const inFlight = tagQuery(`http://127.0.0.1:${port}`);
    for (;;) {
      const stats = (await (await fetch(`${fake}/stats`)).json()) as { calls: { newCustomerTags: number } };
      if (stats.calls.newCustomerTags >= 1) break;
    }
    const exited = once(npm, "exit");
    process.kill(serverPid, "SIGINT");
    npm.kill("SIGINT");
    expect((await inFlight).status).toBe(200);
    await exited;
    expect(isRunning(serverPid)).toBe(false);
  });
});
