import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The Chromium the end-to-end tests drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`,
 * else Playwright's own download (undefined: Playwright finds it itself).
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
}

/** Why no usable Chromium is there, in one sentence, or undefined when one answers `--version`. */
export function chromiumProblem(): string | undefined {
  const path = chromiumPath() ?? chromium.executablePath();
  const howTo =
    "install one (Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary";
  if (!existsSync(path)) return `The end-to-end tests need Chromium and none was found at ${path}: ${howTo}.`;
  try {
    execFileSync(path, ["--version"], { stdio: "pipe", timeout: 30_000 });
    return undefined;
  } catch {
    return `The end-to-end tests need Chromium, but ${path} does not start: ${howTo}.`;
  }
}
