import type { AkSkCredentials } from "./huawei/signer.ts";

/** How the proxy authenticates to Huawei: signed AK/SK, an IAM password-route token, or the demo keys. */
export type UpstreamAuth =
  | { kind: "aksk"; credentials: AkSkCredentials }
  | { kind: "iam"; domainName: string; userName: string; password: string };

export interface Config {
  mode: "demo" | "live";
  auth: UpstreamAuth | undefined;
  domainId: string | undefined;
  bssEndpoint: string;
  iamEndpoint: string;
  host: string;
  port: number;
  upstreamTimeoutMs: number;
  rateLimitPerSecond: number;
  /** Port of the in-process fake BSS in demo mode (0 = any free port). */
  fakeBssPort: number;
  logLevel: string;
  /** Log to this file instead of standard output. */
  logFile: string | undefined;
  access: AccessSettings;
  tls: { certFile: string; keyFile: string } | undefined;
  /** Requests per minute one client address may make to the Huawei routes. */
  clientRateLimitPerMinute: number;
  /** Calls to Huawei that may wait in the flow-control queue before new ones are refused. */
  maxQueuedCalls: number;
  /** Calls one client (signed-in user, else address) may have waiting in that queue. */
  maxQueuedCallsPerClient: number;
  /** Total time one request may take at Huawei, queueing and retries included. */
  upstreamDeadlineMs: number;
  /** After IAM refused the password, seconds before the proxy asks IAM again. */
  iamRetryAfterS: number;
  /** Host names the dashboard answers for besides loopback ones; any other Host gets 421. */
  allowedHosts: string[];
  connections: ConnectionLimits;
  /** How long a shutdown waits for unfinished requests before answering them 503. */
  shutdownGraceMs: number;
}

/** Bounds on client connections, so slow or idle clients cannot hold the server's sockets. */
export interface ConnectionLimits {
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; further ones are closed at once. */
  maxConnections: number;
}

/** Dashboard sign-in settings, as configured (the users file is read when the server starts). */
export interface AccessSettings {
  usersFile: string | undefined;
  proxyHeader: string | undefined;
  trustedProxies: string | undefined;
}

/** A configuration problem, with the variable it concerns, reported before the server starts. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for host names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function endpoint(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL such as ${fallback} (got "${raw}")`);
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(name, `must be only a scheme and host such as ${fallback} (got "${raw}")`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new ConfigError(name, `must use https (plain http is allowed only on loopback) (got "${raw}")`);
  }
  return url.origin;
}

function requireAll(env: Env, names: string[], what: string): string[] | undefined {
  const present = names.filter((n) => read(env, n) !== undefined);
  if (present.length === 0) return undefined;
  const missing = names.filter((n) => read(env, n) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(missing[0] ?? "", `is missing: ${what} needs ${names.join(", ")} (${present.join(", ")} set)`);
  }
  return names.map((n) => read(env, n) ?? "");
}

function upstreamAuth(env: Env): UpstreamAuth | undefined {
  const aksk = requireAll(env, ["HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"], "AK/SK signing");
  const iam = requireAll(
    env,
    ["HUAWEICLOUD_IAM_DOMAIN_NAME", "HUAWEICLOUD_IAM_USER_NAME", "HUAWEICLOUD_IAM_PASSWORD"],
    "the IAM token route",
  );
  const securityToken = read(env, "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  if (securityToken && !aksk) {
    throw new ConfigError("HUAWEICLOUD_SDK_SECURITY_TOKEN", "is set without HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK");
  }
  if (aksk && iam) {
    throw new ConfigError(
      "HUAWEICLOUD_IAM_USER_NAME",
      "set either AK/SK (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK) or the IAM user, not both",
    );
  }
  if (aksk) {
    const [ak = "", sk = ""] = aksk;
    if (!/^[A-Za-z0-9]{8,128}$/.test(ak)) {
      throw new ConfigError("HUAWEICLOUD_SDK_AK", "does not look like an access key (letters and digits only)");
    }
    return { kind: "aksk", credentials: { ak, sk, securityToken } };
  }
  if (iam) {
    const [domainName = "", userName = "", password = ""] = iam;
    return { kind: "iam", domainName, userName, password };
  }
  return undefined;
}

function accessSettings(env: Env, host: string): AccessSettings {
  const access = {
    usersFile: read(env, "AUTH_USERS_FILE"),
    proxyHeader: read(env, "AUTH_PROXY_HEADER")?.toLowerCase(),
    trustedProxies: read(env, "AUTH_TRUSTED_PROXIES"),
  };
  if (access.proxyHeader && !/^[a-z0-9-]+$/.test(access.proxyHeader)) {
    throw new ConfigError("AUTH_PROXY_HEADER", "must be a header name such as X-Forwarded-User");
  }
  if (access.proxyHeader && !access.trustedProxies) {
    throw new ConfigError("AUTH_TRUSTED_PROXIES", "is required with AUTH_PROXY_HEADER: list the SSO proxy's addresses");
  }
  if (access.trustedProxies && !access.proxyHeader) {
    throw new ConfigError("AUTH_PROXY_HEADER", "is required with AUTH_TRUSTED_PROXIES");
  }
  if (!isLoopbackHost(host) && !access.usersFile && !access.proxyHeader) {
    throw new ConfigError(
      "HOST",
      `is ${host}, reachable from other machines, but no access control is configured: set AUTH_USERS_FILE and/or AUTH_PROXY_HEADER with AUTH_TRUSTED_PROXIES`,
    );
  }
  return access;
}

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/;

// A page on a rebinding domain reaches a loopback server under its own name; answering only
// names the operator chose keeps it out. Wildcard bind addresses are not names anyone browses to.
function allowedHosts(env: Env, host: string): string[] {
  const names = new Set<string>();
  if (host !== "0.0.0.0" && host !== "::") names.add(host.includes(":") ? `[${host.toLowerCase()}]` : host.toLowerCase());
  const publicUrl = read(env, "PUBLIC_URL");
  if (publicUrl) {
    let url: URL;
    try {
      url = new URL(publicUrl);
    } catch {
      throw new ConfigError("PUBLIC_URL", `must be the dashboard's address, such as https://tags.example.com (got "${publicUrl}")`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new ConfigError("PUBLIC_URL", `must start with https:// or http:// (got "${publicUrl}")`);
    }
    names.add(url.hostname);
  }
  for (const entry of (read(env, "ALLOWED_HOSTS") ?? "").split(",")) {
    const name = entry.trim().toLowerCase().replace(/\.$/, "");
    if (!name) continue;
    if (!HOST_NAME.test(name)) {
      throw new ConfigError("ALLOWED_HOSTS", `"${entry.trim()}" is not a host name (list names without scheme or port, e.g. tags.example.com)`);
    }
    names.add(name);
  }
  return [...names];
}

function connectionLimits(env: Env): ConnectionLimits {
  const requestTimeoutMs = integer(env, "REQUEST_TIMEOUT_MS", 30_000, 100, 600_000);
  const headersTimeoutMs = integer(env, "HEADERS_TIMEOUT_MS", 10_000, 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError("HEADERS_TIMEOUT_MS", `must not be longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  return {
    requestTimeoutMs,
    headersTimeoutMs,
    keepAliveTimeoutMs: integer(env, "KEEP_ALIVE_TIMEOUT_MS", 5000, 100, 600_000),
    maxConnections: integer(env, "MAX_CONNECTIONS", 500, 1, 1_000_000),
  };
}

function tlsSettings(env: Env): Config["tls"] {
  const files = requireAll(env, ["TLS_CERT_FILE", "TLS_KEY_FILE"], "TLS");
  if (!files) return undefined;
  const [certFile = "", keyFile = ""] = files;
  return { certFile, keyFile };
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevel(env: Env): string {
  const level = read(env, "LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(level)) throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")} (got "${level}")`);
  return level;
}

/** Reads and checks the configuration; throws a ConfigError naming the first wrong variable. */
export function loadConfig(env: Env): Config {
  const auth = upstreamAuth(env);
  const host = read(env, "HOST") ?? "127.0.0.1";
  return {
    access: accessSettings(env, host),
    tls: tlsSettings(env),
    clientRateLimitPerMinute: integer(env, "CLIENT_RATE_LIMIT_PER_MINUTE", 1200, 1, 1_000_000),
    maxQueuedCalls: integer(env, "MAX_QUEUED_CALLS", 2000, 1, 1_000_000),
    maxQueuedCallsPerClient: integer(env, "MAX_QUEUED_CALLS_PER_CLIENT", 20, 1, 1_000_000),
    upstreamDeadlineMs: integer(env, "UPSTREAM_DEADLINE_MS", 15_000, 100, 600_000),
    iamRetryAfterS: integer(env, "IAM_RETRY_AFTER_S", 300, 1, 86_400),
    mode: auth ? "live" : "demo",
    auth,
    domainId: read(env, "HUAWEICLOUD_SDK_DOMAIN_ID"),
    bssEndpoint: endpoint(env, "BSS_ENDPOINT", "https://bss.myhuaweicloud.com"),
    iamEndpoint: endpoint(env, "IAM_ENDPOINT", "https://iam.myhuaweicloud.com"),
    host,
    port: integer(env, "PORT", 8080, 0, 65_535),
    upstreamTimeoutMs: integer(env, "UPSTREAM_TIMEOUT_MS", 10_000, 100, 120_000),
    rateLimitPerSecond: integer(env, "BSS_RATE_LIMIT_PER_SECOND", 10, 1, 1000),
    fakeBssPort: integer(env, "FAKE_BSS_PORT", 0, 0, 65_535),
    logLevel: logLevel(env),
    logFile: read(env, "LOG_FILE"),
    allowedHosts: allowedHosts(env, host),
    connections: connectionLimits(env),
    shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 600_000),
  };
}
