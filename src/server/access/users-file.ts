import { readFileSync } from "node:fs";
import { ConfigError } from "../config.ts";
import { isPasswordHash } from "./password-hash.ts";

/** Reads `user:hash` lines (blank lines and `#` comments allowed); errors name the variable and line. */
export function readUsersFile(path: string, variable = "AUTH_USERS_FILE"): Map<string, string> {
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
    users.set(user, hash);
  });
  if (users.size === 0) throw new ConfigError(variable, `${path} has no users`);
  return users;
}
