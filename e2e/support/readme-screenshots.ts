// Refreshes the README's screenshots from the demo data: `npx tsx e2e/support/readme-screenshots.ts`.
// Starts the dashboard in demo mode on its own port, looks up a mixed list, and saves the page in
// Chinese (light) and English (dark), plus a phone-sized view.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { startProcess } from "../../bench/lib/processes.ts";
import { createDataset, foreignIds } from "../../src/testing/dataset.ts";

const out = fileURLToPath(new URL("../screenshots/", import.meta.url));
const port = 8397;

const dataset = createDataset();
const ids = [
  ...dataset.ownCustomers.slice(0, 120).map((c) => c.tag.customer_id),
  ...foreignIds(6, 3, dataset),
  "客户-001",
].join("\n");

const server = await startProcess("src/main/start.ts", [], { PORT: String(port), FAKE_BSS_PORT: String(port + 1000) }, "dashboard on");

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function capture(file: string, options: { locale: string; scheme: "light" | "dark"; width: number; height: number }, label: RegExp, query: string) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    locale: options.locale,
    colorScheme: options.scheme,
    deviceScaleFactor: 1,
  });
  const page: Page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole("textbox", { name: label }).fill(ids);
  await page.getByRole("button", { name: query, exact: true }).click();
  await page.getByRole("status", { name: /Summary|汇总/ }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}${file}`, fullPage: false });
  await context.close();
}

try {
  await capture("dashboard-zh-light.png", { locale: "zh-CN", scheme: "light", width: 1280, height: 2050 }, /客户 ID/, "查询");
  await capture("dashboard-en-dark.png", { locale: "en-US", scheme: "dark", width: 1280, height: 2050 }, /Customer IDs/, "Query");
} finally {
  await browser.close();
  server.stop();
}
