import { z } from "zod";
import { ALERT_LANGUAGES, type AlertChannel } from "#contract/alerts-api";
import { parseTrustedProxies } from "./access/trusted-proxies.ts";
import { parseCron } from "#domain/cron";
import { ConfigError } from "./config-error.ts";
import type { AkSkCredentials } from "./huawei/signer.ts";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for host names that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

// Each variable's message says what it must be; the variable's name is the issue's path, so every
// error names it (ConfigError puts it in front).

function wholeNumber(fallback: number, min: number, max: number) {
  const error = (issue: { input?: unknown }) =>
    `must be a whole number from ${min} to ${max} (got "${String(issue.input)}")`;
  return z
    .string()
    .regex(/^\d+$/, { error })
    .transform(Number)
    .pipe(z.number().min(min, { error }).max(max, { error }))
    .default(fallback);
}

function onlyOrigin(url: URL): boolean {
  return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
}

// Credentials and tokens travel to these: plain http only where nothing leaves the machine.
function endpoint(example: string) {
  const got = (issue: { input?: unknown }) => `(got "${String(issue.input)}")`;
  return z
    .url({ abort: true, error: (issue) => `must be a URL such as ${example} ${got(issue)}` })
    .refine((raw) => onlyOrigin(new URL(raw)), {
      abort: true,
      error: (issue) => `must be only a scheme and host such as ${example} ${got(issue)}`,
    })
    .refine(
      (raw) => {
        const url = new URL(raw);
        return (
          url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))
        );
      },
      { error: (issue) => `must use https (plain http is allowed only on loopback) ${got(issue)}` },
    )
    .transform((raw) => new URL(raw).origin)
    .default(example);
}

// Alerts carry tokens in their URLs (WeCom's key, DingTalk's access_token) to hosts outside the
// machine: https only, plain http only to loopback (tests, a local relay). A refusal names the host
// alone, never the URL, which would print its token.
function alertUrl(example: string) {
  const host = (raw: unknown) => {
    const url = URL.canParse(String(raw)) ? new URL(String(raw)) : undefined;
    return url ? ` (got a URL of ${url.protocol}//${url.host})` : "";
  };
  return z
    .url({
      abort: true,
      error: `must be a URL such as ${example} (the value is not shown: it may hold a token)`,
    })
    .refine(
      (raw) => {
        const url = new URL(raw);
        return (
          url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))
        );
      },
      {
        abort: true,
        error: (issue) =>
          `must use https (plain http is allowed only to 127.0.0.1, ::1 or localhost)${host(issue.input)}`,
      },
    )
    .refine((raw) => !new URL(raw).username && !new URL(raw).password && !new URL(raw).hash, {
      error: (issue) => `must not hold a user name, password or #fragment${host(issue.input)}`,
    })
    .optional();
}

const HOST_NAME =
  /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const text = z.string().optional();

/** Each variable on its own: its form, range and default. */
const variablesSchema = z.object({
  HUAWEICLOUD_SDK_AK: z
    .string()
    .regex(/^[A-Za-z0-9]{8,128}$/, "does not look like an access key (letters and digits only)")
    .optional(),
  HUAWEICLOUD_SDK_SK: text,
  HUAWEICLOUD_SDK_SECURITY_TOKEN: text,
  HUAWEICLOUD_SDK_DOMAIN_ID: text,
  HUAWEICLOUD_IAM_DOMAIN_NAME: text,
  HUAWEICLOUD_IAM_USER_NAME: text,
  HUAWEICLOUD_IAM_PASSWORD: text,
  BSS_ENDPOINT: endpoint("https://bss.myhuaweicloud.com"),
  IAM_ENDPOINT: endpoint("https://iam.myhuaweicloud.com"),
  HOST: z.string().default("127.0.0.1"),
  PORT: wholeNumber(8080, 0, 65_535),
  AUTH_USERS_FILE: text,
  AUTH_PROXY_HEADER: z
    .string()
    .transform((name) => name.toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9-]+$/, "must be a header name such as X-Forwarded-User"))
    .optional(),
  // Kept as written (Fastify reads the same list); checked here so a wrong entry stops the start.
  AUTH_TRUSTED_PROXIES: z
    .string()
    .superRefine((list, ctx) => {
      try {
        parseTrustedProxies(list);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        ctx.addIssue({ code: "custom", message: error.problem, input: list });
      }
    })
    .optional(),
  TLS_CERT_FILE: text,
  TLS_KEY_FILE: text,
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: (issue) =>
        `must be the dashboard's address, starting with https:// or http://, such as https://tags.example.com (got "${String(issue.input)}")`,
    })
    .optional(),
  ALLOWED_HOSTS: z
    .string()
    .transform((list) =>
      list
        .split(",")
        .map((entry) => entry.trim().toLowerCase().replace(/\.$/, ""))
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(HOST_NAME, {
          error: (issue) =>
            `"${String(issue.input)}" is not a host name (list names without scheme or port, e.g. tags.example.com)`,
        }),
      ),
    )
    .optional(),
  REQUEST_TIMEOUT_MS: wholeNumber(30_000, 100, 600_000),
  HEADERS_TIMEOUT_MS: wholeNumber(10_000, 100, 600_000),
  KEEP_ALIVE_TIMEOUT_MS: wholeNumber(5000, 100, 600_000),
  MAX_CONNECTIONS: wholeNumber(500, 1, 1_000_000),
  SHUTDOWN_GRACE_MS: wholeNumber(10_000, 0, 600_000),
  BSS_RATE_LIMIT_PER_SECOND: wholeNumber(10, 1, 1000),
  MAX_QUEUED_CALLS: wholeNumber(2000, 1, 1_000_000),
  MAX_QUEUED_CALLS_PER_CLIENT: wholeNumber(20, 1, 1_000_000),
  UPSTREAM_TIMEOUT_MS: wholeNumber(10_000, 100, 120_000),
  UPSTREAM_DEADLINE_MS: wholeNumber(15_000, 100, 600_000),
  IAM_RETRY_AFTER_S: wholeNumber(300, 1, 86_400),
  CLIENT_RATE_LIMIT_PER_MINUTE: wholeNumber(1200, 1, 1_000_000),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, {
      error: (issue) => `must be one of ${LOG_LEVELS.join(", ")} (got "${String(issue.input)}")`,
    })
    .default("info"),
  LOG_FILE: text,
  FAKE_BSS_PORT: wholeNumber(0, 0, 65_535),
  STORE: z
    .enum(["on", "off"], { error: (issue) => `must be on or off (got "${String(issue.input)}")` })
    .default("on"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .refine((raw) => URL.canParse(raw) && /^postgres(ql)?:$/.test(new URL(raw).protocol), {
      error: "must be a PostgreSQL URL such as postgres://user:password@db.example.com:5432/newtag",
    })
    .optional(),
  SYNC_SCHEDULE: z
    .string()
    .transform((expression, ctx) => {
      if (expression.toLowerCase() === "off") return undefined;
      const parsed = parseCron(expression);
      if (parsed.ok) return { text: expression, schedule: parsed.schedule };
      ctx.addIssue({
        code: "custom",
        message: `is not a cron schedule such as "0 7 * * *" or off: ${parsed.problem}`,
      });
      return z.NEVER;
    })
    .prefault("0 7 * * *"),
  RETENTION_MONTHS: wholeNumber(24, 1, 1200),
  ALERT_EXPIRING_MONTHS: wholeNumber(1, 0, 24),
  ALERT_LANGUAGE: z
    .enum(ALERT_LANGUAGES, {
      error: (issue) => `must be ${ALERT_LANGUAGES.join(" or ")} (got "${String(issue.input)}")`,
    })
    .default("zh-CN"),
  ALERT_WEBHOOK_URL: alertUrl("https://alerts.example.com/newtag"),
  ALERT_WEBHOOK_SECRET: text,
  ALERT_WECOM_URL: alertUrl("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=..."),
  ALERT_DINGTALK_URL: alertUrl("https://oapi.dingtalk.com/robot/send?access_token=..."),
  ALERT_DINGTALK_SECRET: text,
  ALERT_FEISHU_URL: alertUrl("https://open.feishu.cn/open-apis/bot/v2/hook/..."),
  ALERT_FEISHU_SECRET: text,
  REDIS_URL: z
    .string()
    .refine((raw) => URL.canParse(raw) && /^rediss?:$/.test(new URL(raw).protocol), {
      error:
        "must be a Redis URL such as redis://redis:6379 or rediss://:password@redis.example.com:6380 (the value is not shown: it may hold a password)",
    })
    .optional(),
  REPLICAS: wholeNumber(1, 1, 1000),
  METRICS_PORT: wholeNumber(0, 0, 65_535),
  METRICS_HOST: z.string().default("127.0.0.1"),
  METRICS_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters (Prometheus sends it as a bearer token)")
    .optional(),
  AUDIT_LOG_FILE: text,
});

type Variables = z.output<typeof variablesSchema>;
type Report = (variable: keyof Variables, problem: string) => void;

/** Each alert channel's variables: its URL and, where the platform signs, its secret. */
export const ALERT_VARIABLES = {
  webhook: { url: "ALERT_WEBHOOK_URL", secret: "ALERT_WEBHOOK_SECRET" },
  wecom: { url: "ALERT_WECOM_URL", secret: undefined },
  dingtalk: { url: "ALERT_DINGTALK_URL", secret: "ALERT_DINGTALK_SECRET" },
  feishu: { url: "ALERT_FEISHU_URL", secret: "ALERT_FEISHU_SECRET" },
} as const satisfies Record<
  AlertChannel,
  { url: keyof Variables; secret: keyof Variables | undefined }
>;

const AKSK = ["HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"] as const;
const IAM = [
  "HUAWEICLOUD_IAM_DOMAIN_NAME",
  "HUAWEICLOUD_IAM_USER_NAME",
  "HUAWEICLOUD_IAM_PASSWORD",
] as const;

// Variables that mean something only together: set all of them or none.
function together(
  env: Variables,
  names: readonly (keyof Variables)[],
  what: string,
  report: Report,
): void {
  const present = names.filter((name) => env[name] !== undefined);
  const [missing] = names.filter((name) => env[name] === undefined);
  if (present.length === 0 || !missing) return;
  report(missing, `is missing: ${what} needs ${names.join(", ")} (${present.join(", ")} set)`);
}

/** The rules between variables, in the order they are reported. */
function checkCombinations(env: Variables, report: Report): void {
  together(env, AKSK, "AK/SK signing", report);
  together(env, IAM, "the IAM token route", report);
  if (env.HUAWEICLOUD_SDK_SECURITY_TOKEN && !env.HUAWEICLOUD_SDK_AK && !env.HUAWEICLOUD_SDK_SK) {
    report(
      "HUAWEICLOUD_SDK_SECURITY_TOKEN",
      "is set without HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK",
    );
  }
  if (AKSK.some((name) => env[name]) && IAM.some((name) => env[name])) {
    report(
      "HUAWEICLOUD_IAM_USER_NAME",
      "set either AK/SK (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK) or the IAM user, not both",
    );
  }
  if (env.AUTH_PROXY_HEADER && !env.AUTH_TRUSTED_PROXIES) {
    report(
      "AUTH_TRUSTED_PROXIES",
      "is required with AUTH_PROXY_HEADER: list the SSO proxy's addresses",
    );
  }
  if (env.AUTH_TRUSTED_PROXIES && !env.AUTH_PROXY_HEADER) {
    report("AUTH_PROXY_HEADER", "is required with AUTH_TRUSTED_PROXIES");
  }
  if (!isLoopbackHost(env.HOST) && !env.AUTH_USERS_FILE && !env.AUTH_PROXY_HEADER) {
    report(
      "HOST",
      `is ${env.HOST}, reachable from other machines, but no access control is configured: set AUTH_USERS_FILE and/or AUTH_PROXY_HEADER with AUTH_TRUSTED_PROXIES`,
    );
  }
  together(env, ["TLS_CERT_FILE", "TLS_KEY_FILE"], "TLS", report);
  if (env.HEADERS_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
    report(
      "HEADERS_TIMEOUT_MS",
      `must not be longer than REQUEST_TIMEOUT_MS (${env.REQUEST_TIMEOUT_MS})`,
    );
  }
  checkAlerts(env, report);
  if (env.METRICS_PORT !== 0 && !isLoopbackHost(env.METRICS_HOST) && !env.METRICS_TOKEN) {
    report(
      "METRICS_TOKEN",
      `is required when METRICS_HOST (${env.METRICS_HOST}) is reachable from other machines: set a token of 16 characters or more for Prometheus to send, or keep METRICS_HOST on 127.0.0.1`,
    );
  }
  if (env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
    report(
      "METRICS_PORT",
      `must differ from PORT (${env.PORT}): the metrics have a listener of their own`,
    );
  }
}

// A secret without its URL is most likely a misspelt URL variable: said at start, not found out
// when the first alert never comes. Alerts follow syncs, which need the store.
function checkAlerts(env: Variables, report: Report): void {
  for (const { url, secret } of Object.values(ALERT_VARIABLES)) {
    if (secret && env[secret] !== undefined && env[url] === undefined) {
      report(secret, `is set without ${url}: set the URL it signs for, or remove it`);
    }
  }
  const configured = Object.values(ALERT_VARIABLES).find(({ url }) => env[url] !== undefined);
  if (configured && env.STORE === "off") {
    report(
      configured.url,
      "needs the store: alerts are sent after each sync, and STORE=off turns the store and its sync off; set STORE=on or remove the alert variables",
    );
  }
}

/** Where each configured channel's alerts go, and with which secret. */
function alertTargets(env: Variables) {
  return Object.entries(ALERT_VARIABLES).flatMap(([channel, names]) => {
    const url = env[names.url];
    if (url === undefined) return [];
    const secret = names.secret ? env[names.secret] : undefined;
    return [{ channel: channel as AlertChannel, url, secret }];
  });
}

// What Changed shows in portfolio mode (`?mode=portfolio`), by default since the last sync: the
// digest links there, under the path the dashboard is published at.
function changesLink(publicUrl: string | undefined): string | undefined {
  if (!publicUrl) return undefined;
  const url = new URL(publicUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/?mode=portfolio`;
}

function upstreamAuth(env: Variables) {
  const { HUAWEICLOUD_SDK_AK: ak, HUAWEICLOUD_SDK_SK: sk } = env;
  if (ak && sk) {
    const credentials: AkSkCredentials = {
      ak,
      sk,
      securityToken: env.HUAWEICLOUD_SDK_SECURITY_TOKEN,
    };
    return { kind: "aksk" as const, credentials };
  }
  const {
    HUAWEICLOUD_IAM_DOMAIN_NAME: domainName,
    HUAWEICLOUD_IAM_USER_NAME: userName,
    HUAWEICLOUD_IAM_PASSWORD: password,
  } = env;
  if (domainName && userName && password)
    return { kind: "iam" as const, domainName, userName, password };
  return undefined;
}

// A page on a rebinding domain reaches a loopback server under its own name; answering only
// names the operator chose keeps it out. Wildcard bind addresses are not names anyone browses to.
function allowedHosts(env: Variables): string[] {
  const names = new Set<string>();
  const host = env.HOST.toLowerCase();
  if (host !== "0.0.0.0" && host !== "::") names.add(host.includes(":") ? `[${host}]` : host);
  if (env.PUBLIC_URL) names.add(new URL(env.PUBLIC_URL).hostname);
  for (const name of env.ALLOWED_HOSTS ?? []) names.add(name);
  return [...names];
}

function toConfig(env: Variables) {
  const auth = upstreamAuth(env);
  return {
    mode: auth ? ("live" as const) : ("demo" as const),
    /** How the proxy authenticates to Huawei: signed AK/SK or an IAM password-route token. */
    auth,
    domainId: env.HUAWEICLOUD_SDK_DOMAIN_ID,
    bssEndpoint: env.BSS_ENDPOINT,
    iamEndpoint: env.IAM_ENDPOINT,
    host: env.HOST,
    port: env.PORT,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    rateLimitPerSecond: env.BSS_RATE_LIMIT_PER_SECOND,
    /** Port of the in-process fake BSS in demo mode (0 = any free port). */
    fakeBssPort: env.FAKE_BSS_PORT,
    logLevel: env.LOG_LEVEL,
    /** Log to this file instead of standard output. */
    logFile: env.LOG_FILE,
    /** Dashboard sign-in settings, as configured (the users file is read when the server starts). */
    access: {
      usersFile: env.AUTH_USERS_FILE,
      proxyHeader: env.AUTH_PROXY_HEADER,
      trustedProxies: env.AUTH_TRUSTED_PROXIES,
    },
    tls:
      env.TLS_CERT_FILE && env.TLS_KEY_FILE
        ? { certFile: env.TLS_CERT_FILE, keyFile: env.TLS_KEY_FILE }
        : undefined,
    /** Requests per minute one client address may make to the Huawei routes. */
    clientRateLimitPerMinute: env.CLIENT_RATE_LIMIT_PER_MINUTE,
    /** Calls to Huawei that may wait in the flow-control queue before new ones are refused. */
    maxQueuedCalls: env.MAX_QUEUED_CALLS,
    /** Calls one client (signed-in user, else address) may have waiting in that queue. */
    maxQueuedCallsPerClient: env.MAX_QUEUED_CALLS_PER_CLIENT,
    /** Total time one request may take at Huawei, queueing and retries included. */
    upstreamDeadlineMs: env.UPSTREAM_DEADLINE_MS,
    /** After IAM refused the password, seconds before the proxy asks IAM again. */
    iamRetryAfterS: env.IAM_RETRY_AFTER_S,
    /** Host names the dashboard answers for besides loopback ones; any other Host gets 421. */
    allowedHosts: allowedHosts(env),
    /** Bounds on client connections, so slow or idle clients cannot hold the server's sockets. */
    connections: {
      /** Time to receive a whole request, body included. */
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      /** Time to receive a request's headers. */
      headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
      /** How long an idle keep-alive connection stays open. */
      keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
      /** Open connections at most; further ones are closed at once. */
      maxConnections: env.MAX_CONNECTIONS,
    },
    /** How long a shutdown waits for unfinished requests before answering them 503. */
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    /** The portfolio's store and its sync; undefined with STORE=off (the proxy keeps nothing). */
    store:
      env.STORE === "off"
        ? undefined
        : {
            /** PGlite's folder, used when no PostgreSQL server is configured. */
            dataDir: env.DATA_DIR,
            databaseUrl: env.DATABASE_URL,
            /** When syncs run on their own (Asia/Shanghai); undefined: only on demand. */
            schedule: env.SYNC_SCHEDULE,
            /** Change events older than this many months are deleted after each sync. */
            retentionMonths: env.RETENTION_MONTHS,
          },
    /**
     * What the replicas share through Redis (flow control, the IAM token, per-client limits,
     * sign-in failures); undefined: each process keeps its own.
     */
    redisUrl: env.REDIS_URL,
    /** Replicas behind the load balancer: without Redis each keeps to its share of the Huawei budget. */
    replicas: env.REPLICAS,
    /** The Prometheus endpoint's own listener; undefined: off. */
    metrics:
      env.METRICS_PORT === 0
        ? undefined
        : { port: env.METRICS_PORT, host: env.METRICS_HOST, token: env.METRICS_TOKEN },
    /** One JSON line per user action that reaches Huawei or the store; undefined: standard output, in the log. */
    auditLogFile: env.AUDIT_LOG_FILE,
    /** What is said after each sync, and where (none of it without the store). */
    alerts: {
      /** Each configured channel's URL and secret: never logged, never answered. */
      targets: alertTargets(env),
      language: env.ALERT_LANGUAGE,
      /** Tags expiring within this many months of the current one are alerted; 0: none are. */
      expiringMonths: env.ALERT_EXPIRING_MONTHS,
      /** The dashboard's What changed view, from PUBLIC_URL; the digest has no link without it. */
      link: changesLink(env.PUBLIC_URL),
    },
  };
}

// A blank variable (`NAME=` in a .env file) counts as unset, as does one of only spaces.
function setVariables(env: unknown): Record<string, string> {
  const entries = Object.entries(env as Record<string, string | undefined>);
  return Object.fromEntries(
    entries.flatMap(([name, value]) => (value?.trim() ? [[name, value.trim()]] : [])),
  );
}

/** The environment to the proxy's configuration; rules between variables run once each is well-formed. */
const configSchema = z
  .preprocess(setVariables, variablesSchema)
  .superRefine(
    (env, ctx) =>
      checkCombinations(env, (variable, problem) =>
        ctx.addIssue({ code: "custom", path: [variable], message: problem }),
      ),
    { when: (payload) => payload.issues.length === 0 },
  )
  .transform(toConfig);

export type Config = z.output<typeof configSchema>;

/** How the proxy authenticates to Huawei: signed AK/SK or an IAM password-route token. */
export type UpstreamAuth = NonNullable<Config["auth"]>;

/** The alerts' configuration: channels, language, expiring window and link. */
export type AlertConfig = Config["alerts"];

/** One configured alert channel: where it posts, and the secret it signs with. */
export type AlertTarget = AlertConfig["targets"][number];

/** Bounds on client connections, so slow or idle clients cannot hold the server's sockets. */
export type ConnectionLimits = Config["connections"];

/** Every environment variable the configuration reads. */
export const CONFIG_VARIABLES = Object.keys(variablesSchema.shape);

/** Reads and checks the configuration; throws a ConfigError naming the first wrong variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ConfigError(
    String(issue?.path[0] ?? "configuration"),
    issue?.message ?? "is not valid",
  );
}
