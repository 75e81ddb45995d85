import { type Config, isLoopbackHost } from "./config.ts";

/** Risky but legal settings, each said plainly when the server starts. */
export function startupWarnings(config: Pick<Config, "host" | "access" | "tls" | "allowedHosts">): string[] {
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
  return warnings;
}
