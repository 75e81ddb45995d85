import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../config-error.ts";
import { readUsersFile } from "./users-file.ts";

const SALT = "c2FsdHNhbHRzYWx0c2FsdA==";
const KEY = "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=";
const buildLine = (overrides: { user?: string; N?: number; r?: number; p?: number } = {}) => {
  const { user = "alice", N = 16_384, r = 8, p = 1 } = overrides;
  return `${user}:scrypt$${N}$${r}$${p}$${SALT}$${KEY}`;
};

function usersFile(text: string, mode = 0o600): string {
  const path = join(mkdtempSync(join(tmpdir(), "users-")), "users.txt");
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

function configError(read: () => unknown): ConfigError {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("users file", () => {
  it("reads user lines, skipping comments and blank lines", () => {
    const users = readUsersFile(usersFile(`# team\n\n${buildLine()}\n${buildLine({ user: "bob", N: 32_768 })}\n`));
    expect([...users.keys()]).toEqual(["alice", "bob"]);
  });

  it("refuses a file every user of the machine may write", () => {
    const error = configError(() => readUsersFile(usersFile(`${buildLine()}\n`, 0o666)));
    expect(error.variable).toBe("AUTH_USERS_FILE");
    expect(error.message).toMatch(/writable by every user of this machine; run chmod o-w/);
  });

  it("refuses weak scrypt parameters, naming the line and the user", () => {
    const error = configError(() => readUsersFile(usersFile(`${buildLine()}\n${buildLine({ user: "bob", N: 1024 })}\n`)));
    expect(error.message).toContain("line 2");
    expect(error.message).toContain("scrypt N=1024, r=8, p=1 is weaker than N=16384, r=8, p=1");
    expect(error.message).toContain("npm run user:add -- bob");
  });
});
