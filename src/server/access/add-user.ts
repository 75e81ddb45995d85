// Prints a users-file line for AUTH_USERS_FILE: `npm run user:add -- NAME` and type the password
// (it is not shown), or pipe it in; then append the line to the file.
import { hashPassword } from "./password-hash.ts";
import { readPassword } from "./read-password.ts";

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
  console.error("Usage: npm run user:add -- NAME   (letters, digits, . _ @ -)");
  process.exit(1);
}
let password: string;
try {
  password = await readPassword(`Password for ${name} (not shown): `);
  if (process.stdin.isTTY && (await readPassword("Again, to confirm: ")) !== password) {
    console.error("The two passwords differ; nothing was written.");
    process.exit(1);
  }
} catch {
  console.error("Cancelled; nothing was written.");
  process.exit(130);
}
if (password.length < 12) {
  console.error("Choose a password of at least 12 characters.");
  process.exit(1);
}
process.stdout.write(`${name}:${await hashPassword(password)}\n`);
