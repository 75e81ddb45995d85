// Time from navigation start to a usable dashboard (the ID input and Query button rendered) on
// localhost, served by the real proxy in demo mode, in headless Chromium. Median of 7 cold loads.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "./lib/browser.ts";
import { startProcess } from "./lib/processes.ts";
import { median, round, writeReport } from "./lib/report.ts";

const port = 8391;
const server = await startProcess("src/main/start.ts", [], { PORT: String(port), FAKE_BSS_PORT: "9391", DATA_DIR: mkdtempSync(join(tmpdir(), "bench-store-")), SYNC_SCHEDULE: "off" }, "dashboard on");
const browser = await launchChromium();
const times: number[] = [];
try {
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
    await page.getByRole("button", { name: "查询", exact: true }).waitFor();
    await page.getByRole("textbox").first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
await writeReport("first-render", [
  {
    id: "first-render",
    label: "Dashboard usable on localhost (median of 7 cold loads)",
    value: round(median(times), 0),
    unit: "ms",
    budget: { max: 1000 },
    note: `runs: ${times.map((t) => Math.round(t)).join(", ")} ms`,
  },
]);
