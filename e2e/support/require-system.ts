import { chromiumProblem } from "./chromium.ts";
import { postgresProblem } from "./postgres.ts";
import { redisProblem } from "./redis.ts";

// Run first by `npm test`: without a browser, PostgreSQL or Redis the suite would fail deep inside
// Playwright after minutes of other checks; this says what to install, at once.
const problem = chromiumProblem() ?? postgresProblem() ?? redisProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
