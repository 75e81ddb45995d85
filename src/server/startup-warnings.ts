import { ALERT_VARIABLES, type Config, isLoopbackHost } from "./config.ts";

// Without a secret, the robot must be guarded by another of the platform's settings, or anyone who
// learns its URL can post to the group; the title's words serve as its keyword.
const UNSIGNED: Record<string, string> = {
  webhook: "its receiver cannot tell the dashboard's alerts from anyone else's. Set it, and check the X-Signature-256 header",
  dingtalk:
    "the robot must then use another DingTalk security setting (a keyword such as 新客户标签 or \"New-customer tag\", or an IP allowlist), or DingTalk refuses the alerts. Set it to the robot's 加签 secret",
  feishu:
    "the bot must then use another Feishu security setting (a keyword such as 新客户标签 or \"New-customer tag\", or an IP allowlist), or anyone with its URL can post to the group. Set it to the bot's signature (签名校验) secret",
};

/** Risky but legal settings, each said plainly when the server starts. */
export function startupWarnings(config: Pick<Config, "host" | "access" | "tls" | "allowedHosts" | "alerts">): string[] {
  const warnings: string[] = [];
  const reachable = !isLoopbackHost(config.host);
  if (reachable && config.access.usersFile && !config.tls) {
    warnings.push(
      `Warning: HOST is ${config.host} without TLS, so browsers send sign-in passwords over the network in clear text. ` +
        "Set TLS_CERT_FILE and TLS_KEY_FILE, or keep this port closed to all but a TLS-terminating reverse proxy.",
    );
  }
  if (reachable && config.allowedHosts.length === 0) {
    warnings.push(
      "Warning: only loopback host names are answered (421 for any other). " +
        "Set PUBLIC_URL (or ALLOWED_HOSTS) to the name people open the dashboard at.",
    );
  }
  for (const target of config.alerts.targets) {
    const { url, secret } = ALERT_VARIABLES[target.channel];
    const why = UNSIGNED[target.channel];
    if (secret && why && !target.secret) warnings.push(`Warning: ${url} is set without ${secret}: ${why}.`);
  }
  return warnings;
}
