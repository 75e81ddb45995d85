import { chromiumProblem } from "./chromium.ts";
import { postgresProblem } from "./postgres.ts";

// Run first by `npm test`: without a browser or PostgreSQL the suite would fail deep inside
// Playwright after minutes of other checks; this says what to install, at once.
const problem = chromiumProblem() ?? postgresProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
