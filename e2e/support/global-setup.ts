import { existsSync, readFileSync, statSync } from "node:fs";
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "../../src/testing/dataset.ts";
import { PROXY_LOG } from "../playwright.config.ts";

const SECRETS = [DEMO_CREDENTIALS.sk, DEMO_IAM_USER.password, "Signature="];

/**
 * Notes where the proxy log stands now (the web server may already be writing it) and returns
 * the teardown: the log lines of this run must include request lines and no secret.
 */
export default function globalSetup(): () => void {
  const offset = existsSync(PROXY_LOG) ? statSync(PROXY_LOG).size : 0;
  return () => {
    // A developer's reused server logs elsewhere; only a server this run started is judged.
    if (!existsSync(PROXY_LOG)) return;
    const log = readFileSync(PROXY_LOG).subarray(offset).toString("utf8");
    const leaks = SECRETS.filter((secret) => log.includes(secret));
    if (leaks.length > 0) throw new Error(`The proxy log of this run contains secrets: ${leaks.join(", ")}`);
    if (!log.includes('"msg":"request"')) throw new Error(`The proxy log of this run (${PROXY_LOG}) has no request lines`);
  };
}
