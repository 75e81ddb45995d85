import { spawn } from "node:child_process";
import { once } from "node:events";
import { PassThrough, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPassword } from "./read-password.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));

function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] });
  const setRawMode = (raw: boolean) => input.rawModes.push(raw);
  let shown = "";
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      shown += chunk.toString();
      done();
    },
  });
  return { input: Object.assign(input, { setRawMode }), output, shown: () => shown };
}

describe("reading the password for user:add", () => {
  it("turns echo off on a terminal, shows nothing of what is typed and honours backspace", async () => {
    const terminal = fakeTerminal();
    const reading = readPassword("Password: ", terminal.input, terminal.output);
    terminal.input.write("correct horse");
    terminal.input.write("x\u007f battery\r");
    await expect(reading).resolves.toBe("correct horse battery");
    expect(terminal.input.rawModes).toEqual([true, false]);
    expect(terminal.shown()).toBe("Password: \n");
  });

  it("stops on Ctrl-C without a password", async () => {
    const terminal = fakeTerminal();
    const reading = readPassword("Password: ", terminal.input, terminal.output);
    terminal.input.write("secr\u0003");
    await expect(reading).rejects.toThrow("cancelled");
    expect(terminal.input.rawModes).toEqual([true, false]);
  });

  it("takes a piped password and prints only the hash line", { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/access/add-user.ts", "alice"], {
      cwd: root,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.end("correct horse battery\n");
    const [code] = (await once(child, "exit")) as [number];
    expect(code).toBe(0);
    expect(stdout).toMatch(/^alice:scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+\n$/);
    expect(stdout + stderr).not.toContain("correct horse");
  });
});
