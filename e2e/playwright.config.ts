import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { DEMO_CREDENTIALS } from "../src/testing/dataset.ts";
import { ALERT_RECEIVER_PORT, ALERT_SECRET } from "./support/alert-receiver.ts";
import { chromiumPath as findChromium } from "./support/chromium.ts";

// Debian's Chromium where it is installed (CI, machines without Playwright's browser download),
// Playwright's own browser elsewhere.
const chromiumPath = findChromium();

// Overridable so that several checkouts on one machine can run their end-to-end tests at once.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181);
export const PROXY_LOG = new URL("../test-results/proxy.log", import.meta.url).pathname;
export const FAKE_BSS_PORT = Number(process.env.E2E_FAKE_BSS_PORT ?? 9181);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Upper bounds, not waits: every step waits for an event, and on a busy 2-core machine a
  // heavy render or a 10 calls/s run can take several times longer than on an idle one.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "../playwright-report" }]],
  outputDir: "../test-results/artifacts",
  globalSetup: "./support/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The fake Huawei BSS runs as a process of its own, with its control routes (faults, counters),
  // and the proxy runs as in production (live.ts), signing for it with the demo AK/SK: the
  // dashboard's own process never opens the control routes.
  webServer: [
    {
      command: "node --import tsx src/mocks/http-main.ts",
      cwd: "..",
      url: `http://127.0.0.1:${FAKE_BSS_PORT}/__fake/stats`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      env: { FAKE_BSS_PORT: String(FAKE_BSS_PORT) },
    },
    {
      command: "node --import tsx e2e/support/alert-receiver.ts",
      cwd: "..",
      url: `http://127.0.0.1:${ALERT_RECEIVER_PORT}/received`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: "pipe",
      env: { E2E_ALERT_RECEIVER_PORT: String(ALERT_RECEIVER_PORT) },
    },
    {
      command: "node --import tsx src/main/live.ts",
      cwd: "..",
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        ENV_FILE: "",
        HOST: "127.0.0.1",
        PORT: String(E2E_PORT),
        BSS_ENDPOINT: `http://127.0.0.1:${FAKE_BSS_PORT}`,
        HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
        HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
        HUAWEICLOUD_SDK_SECURITY_TOKEN: "",
        HUAWEICLOUD_IAM_DOMAIN_NAME: "",
        HUAWEICLOUD_IAM_USER_NAME: "",
        HUAWEICLOUD_IAM_PASSWORD: "",
        // Every request line goes to a file that the teardown scans for secrets.
        LOG_LEVEL: "info",
        // Short, so the hanging-Huawei test finishes its four attempts in seconds.
        UPSTREAM_TIMEOUT_MS: "2000",
        LOG_FILE: PROXY_LOG,
        // The store: the PostgreSQL server `npm run test:e2e` starts (e2e/support/with-postgres.ts),
        // else an embedded one in a new folder. Syncs run only when a test presses Sync now, so
        // the other tests' call counts at the fake BSS stay theirs.
        STORE: "on",
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        DATA_DIR: process.env.DATABASE_URL ? "" : mkdtempSync(join(tmpdir(), "e2e-store-")),
        SYNC_SCHEDULE: "off",
        // Each sync's digest goes to the test receiver (e2e/support/alert-receiver.ts); changes
        // only, so a digest names exactly the customers a test changed.
        ALERT_WEBHOOK_URL: `http://127.0.0.1:${ALERT_RECEIVER_PORT}/hook`,
        ALERT_WEBHOOK_SECRET: ALERT_SECRET,
        ALERT_EXPIRING_MONTHS: "0",
        ALERT_LANGUAGE: "en",
      },
    },
  ],
});
