// Prints a users-file line for AUTH_USERS_FILE: `npm run user:add -- NAME` and type the password
// (or pipe it in), then append the line to the file.
import { createInterface } from "node:readline/promises";
import { hashPassword } from "./password-hash.ts";

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
  console.error("Usage: npm run user:add -- NAME   (letters, digits, . _ @ -)");
  process.exit(1);
}
const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
const password = (await rl.question(`Password for ${name}: `)).trim();
rl.close();
if (password.length < 12) {
  console.error("Choose a password of at least 12 characters.");
  process.exit(1);
}
process.stdout.write(`${name}:${await hashPassword(password)}\n`);
