import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Starts a TypeScript entry point in its own Node process and resolves once it prints `readyText`. */
export function startProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
  readyText: string,
): Promise<{ child: ChildProcess; stop: () => void }> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", entry, ...args], {
    cwd: root,
    env: { ...process.env, ENV_FILE: "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes(readyText)) resolve({ child, stop: () => child.kill("SIGTERM") });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
}
