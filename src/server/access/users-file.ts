import { readFileSync, statSync } from "node:fs";
import { ConfigError } from "../config-error.ts";
import { isPasswordHash, scryptParams, weakness } from "./password-hash.ts";

// Anyone on the machine who can write the file can add themselves as a user.
function refuseWorldWritable(path: string, variable: string): void {
  if (process.platform === "win32") return;
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return; // reading it reports the problem
  }
  if (mode & 0o002) {
    throw new ConfigError(variable, `${path} is writable by every user of this machine; run chmod o-w ${path} (or chmod 600)`);
  }
}

/** Reads `user:hash` lines (blank lines and `#` comments allowed); errors name the variable and line. */
export function readUsersFile(path: string, variable = "AUTH_USERS_FILE"): Map<string, string> {
  refuseWorldWritable(path, variable);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(variable, `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const users = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) return;
    const colon = trimmed.indexOf(":");
    const user = trimmed.slice(0, colon);
    const hash = trimmed.slice(colon + 1);
    if (colon < 1 || !isPasswordHash(hash)) {
      throw new ConfigError(
        variable,
        `line ${index + 1} of ${path} is not "user:scrypt$..." (create lines with npm run user:add -- NAME)`,
      );
    }
    const weak = weakness(scryptParams(hash));
    if (weak) {
      throw new ConfigError(
        variable,
        `line ${index + 1} of ${path} (${user}): ${weak}, too cheap to resist guessing; make the line again with npm run user:add -- ${user}`,
      );
    }
    users.set(user, hash);
  });
  if (users.size === 0) throw new ConfigError(variable, `${path} has no users`);
  return users;
}
