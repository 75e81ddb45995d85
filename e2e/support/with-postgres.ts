import { spawn } from "node:child_process";
import { startPostgres } from "./postgres.ts";

// `npm run test:e2e`: the suite's proxy keeps its store in a real PostgreSQL server started
// here for the run (DATABASE_URL), and the server is deleted afterwards, whatever the outcome.
const [command = "", ...args] = process.argv.slice(2);
const postgres = await startPostgres();
process.stdout.write(`PostgreSQL for the end-to-end tests at ${postgres.url}\n`);
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: postgres.url } });
const stop = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const code = await new Promise<number>((resolve) => child.once("exit", (status, signal) => resolve(status ?? (signal ? 1 : 0))));
postgres.stop();
process.exit(code);
