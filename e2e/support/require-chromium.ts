import { chromiumProblem } from "./chromium.ts";

// Run first by `npm test`: without a browser the suite would fail deep inside Playwright after
// minutes of other checks; this says what to install, at once.
const problem = chromiumProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
