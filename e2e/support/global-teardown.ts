import { existsSync, readFileSync } from "node:fs";
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "../../src/mocks/dataset.ts";
import { PROXY_LOG } from "../playwright.config.ts";

/** The logs of the whole end-to-end run must hold request lines and no secret. */
export default function globalTeardown(): void {
  // A reused developer server writes elsewhere; only a server this run started is judged.
  if (!existsSync(PROXY_LOG)) return;
  const log = readFileSync(PROXY_LOG, "utf8");
  const leaks = [DEMO_CREDENTIALS.sk, DEMO_IAM_USER.password, "Signature=", "X-Auth-Token"].filter((s) => log.includes(s));
  if (leaks.length > 0) throw new Error(`The proxy log of this run contains secrets: ${leaks.join(", ")}`);
  if (!log.includes('"msg":"request"')) throw new Error("The proxy log of this run has no request lines");
}
