import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#shared/huawei-api";
import { CSRF_VALUE } from "./app.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts", "--no-web"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ENV_FILE: "", LOG_LEVEL: "info", ...env },
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

  it("says demo in health, and finishes an in-flight request on SIGTERM", { timeout: 60_000 }, async () => {
    const port = 18_000 + Math.floor(Math.random() * 2000);
    const fakePort = port + 2000;
    const { child, ready, output } = start({ PORT: String(port), FAKE_BSS_PORT: String(fakePort) });
    await ready();
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({ status: "ok", mode: "demo" });

    await fetch(`http://127.0.0.1:${fakePort}/__fake/faults`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([{ fault: { kind: "delay", ms: 800 } }]),
    });
    const inFlight = fetch(`${base}/api${BSS_PATHS.newCustomerTags}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Requested-With": CSRF_VALUE },
      body: JSON.stringify({ limit: 3 }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { new_customer_tags: unknown[] }).new_customer_tags).toHaveLength(3);
    const [code] = (await exited) as [number];
    expect(code).toBe(0);
    expect(output()).toContain("shutting down after in-flight requests");
    expect(output()).not.toContain("demo-secret-key");
  });
});
