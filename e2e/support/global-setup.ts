import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { PROXY_LOG } from "../playwright.config.ts";

/** Starts each run with an empty proxy log, so the teardown judges this run only. */
export default function globalSetup(): void {
  mkdirSync(dirname(PROXY_LOG), { recursive: true });
  rmSync(PROXY_LOG, { force: true });
}
