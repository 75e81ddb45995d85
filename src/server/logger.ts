import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import pino, { type Logger } from "pino";

// Secrets must never reach a log line, wherever they hide in a logged object.
const REDACTED = [
  "req.headers.authorization",
  'req.headers["x-auth-token"]',
  'req.headers["x-security-token"]',
  "req.headers.cookie",
  "headers.authorization",
  'headers["x-auth-token"]',
  'headers["x-security-token"]',
  "*.password",
  "*.sk",
  "*.ak",
  "*.securityToken",
  "*.authorization",
  // Alert channels: their secrets, and their URLs, which carry tokens (WeCom's key, DingTalk's
  // access_token). The alerts log a channel's name and host only; these catch a slip.
  "secret",
  "*.secret",
  "target.url",
  "targets[*].url",
  "targets[*].secret",
  "alerts.targets[*].url",
  "alerts.targets[*].secret",
  "config.alerts.targets[*].url",
  "config.alerts.targets[*].secret",
  // Redis URLs may carry a password; the metrics token is a credential.
  "redisUrl",
  "*.redisUrl",
  "metrics.token",
  "*.metrics.token",
];

/** The proxy's structured logger (JSON lines), shared by Fastify and the upstream client. */
export function createLogger(level: string, stream?: Writable | string): Logger {
  if (typeof stream === "string") mkdirSync(dirname(stream), { recursive: true });
  const destination =
    typeof stream === "string" ? pino.destination({ dest: stream, append: true, sync: true }) : (stream ?? process.stdout);
  return pino({ level, redact: { paths: REDACTED, censor: "[redacted]" } }, destination);
}
