import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.ts";
import { CONFIG_VARIABLES, loadConfig } from "./config.ts";

const expectConfigError = (env: Record<string, string>, variable: string) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    return;
  }
  throw new Error(`expected a ConfigError naming ${variable}`);
};

describe("loadConfig", () => {
  it("runs in demo mode with documented defaults when nothing is set", () => {
    expect(loadConfig({})).toMatchObject({
      mode: "demo",
      auth: undefined,
      bssEndpoint: "https://bss.myhuaweicloud.com",
      iamEndpoint: "https://iam.myhuaweicloud.com",
      host: "127.0.0.1",
      port: 8080,
      upstreamTimeoutMs: 10_000,
      rateLimitPerSecond: 10,
    });
  });

  it("queues, limits and cools off by default as documented, and reads each override", () => {
    expect(loadConfig({})).toMatchObject({ maxQueuedCallsPerClient: 20, upstreamDeadlineMs: 15_000, iamRetryAfterS: 300 });
    expect(
      loadConfig({ MAX_QUEUED_CALLS_PER_CLIENT: "8", UPSTREAM_DEADLINE_MS: "20000", IAM_RETRY_AFTER_S: "60" }),
    ).toMatchObject({ maxQueuedCallsPerClient: 8, upstreamDeadlineMs: 20_000, iamRetryAfterS: 60 });
    expectConfigError({ UPSTREAM_DEADLINE_MS: "15s" }, "UPSTREAM_DEADLINE_MS");
    expectConfigError({ IAM_RETRY_AFTER_S: "0" }, "IAM_RETRY_AFTER_S");
  });

  it("keeps a store in ./data by default, syncing at 07:00 Shanghai time and keeping 24 months of changes", () => {
    const store = loadConfig({}).store;
    expect(store).toMatchObject({ dataDir: "./data", databaseUrl: undefined, retentionMonths: 24, schedule: { text: "0 7 * * *" } });
    expect(store?.schedule?.schedule.hours).toEqual(new Set([7]));
  });

  it("reads the store's variables, and STORE=off turns the store off", () => {
    expect(loadConfig({ STORE: "off" }).store).toBeUndefined();
    expect(
      loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/newtag", SYNC_SCHEDULE: "off", RETENTION_MONTHS: "6" }).store,
    ).toEqual({ dataDir: "./data", databaseUrl: "postgres://u:p@db:5432/newtag", schedule: undefined, retentionMonths: 6 });
  });

  it.each([
    [{ STORE: "yes" }, "STORE", /must be on or off \(got "yes"\)/],
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL", /must be a PostgreSQL URL/],
    [{ SYNC_SCHEDULE: "daily" }, "SYNC_SCHEDULE", /is not a cron schedule such as "0 7 \* \* \*" or off: needs 5 fields/],
    [{ SYNC_SCHEDULE: "0 25 * * *" }, "SYNC_SCHEDULE", /hour: 25 is outside 0-23/],
    [{ RETENTION_MONTHS: "0" }, "RETENTION_MONTHS", /whole number from 1 to 1200/],
  ])("refuses %o naming %s", (env, variable, message) => {
    expectConfigError(env, variable);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("is live with AK/SK, keeping the security token and domain id", () => {
    const config = loadConfig({
      HUAWEICLOUD_SDK_AK: "ABCDEFGH12345678",
      HUAWEICLOUD_SDK_SK: "secret",
      HUAWEICLOUD_SDK_SECURITY_TOKEN: "tok",
      HUAWEICLOUD_SDK_DOMAIN_ID: "domain-1",
    });
    expect(config.mode).toBe("live");
    expect(config.auth).toEqual({ kind: "aksk", credentials: { ak: "ABCDEFGH12345678", sk: "secret", securityToken: "tok" } });
    expect(config.domainId).toBe("domain-1");
  });

  it("is live with the IAM user", () => {
    const config = loadConfig({
      HUAWEICLOUD_IAM_DOMAIN_NAME: "partner",
      HUAWEICLOUD_IAM_USER_NAME: "user",
      HUAWEICLOUD_IAM_PASSWORD: "pw",
    });
    expect(config.auth).toEqual({ kind: "iam", domainName: "partner", userName: "user", password: "pw" });
  });

  it("names the missing half of AK/SK", () => {
    expectConfigError({ HUAWEICLOUD_SDK_AK: "ABCDEFGH12345678" }, "HUAWEICLOUD_SDK_SK");
    expectConfigError({ HUAWEICLOUD_SDK_SK: "secret" }, "HUAWEICLOUD_SDK_AK");
  });

  it("names the missing IAM variable, a lone security token and a conflict", () => {
    expectConfigError({ HUAWEICLOUD_IAM_USER_NAME: "u", HUAWEICLOUD_IAM_PASSWORD: "p" }, "HUAWEICLOUD_IAM_DOMAIN_NAME");
    expectConfigError({ HUAWEICLOUD_SDK_SECURITY_TOKEN: "t" }, "HUAWEICLOUD_SDK_SECURITY_TOKEN");
    expectConfigError(
      {
        HUAWEICLOUD_SDK_AK: "ABCDEFGH12345678",
        HUAWEICLOUD_SDK_SK: "s",
        HUAWEICLOUD_IAM_DOMAIN_NAME: "d",
        HUAWEICLOUD_IAM_USER_NAME: "u",
        HUAWEICLOUD_IAM_PASSWORD: "p",
      },
      "HUAWEICLOUD_IAM_USER_NAME",
    );
  });

  it("rejects malformed values, naming the variable", () => {
    expectConfigError({ PORT: "80a" }, "PORT");
    expectConfigError({ PORT: "70000" }, "PORT");
    expectConfigError({ BSS_ENDPOINT: "not a url" }, "BSS_ENDPOINT");
    expectConfigError({ BSS_ENDPOINT: "http://bss.example.com" }, "BSS_ENDPOINT");
    expectConfigError({ BSS_ENDPOINT: "https://bss.example.com/v2" }, "BSS_ENDPOINT");
    expectConfigError({ IAM_ENDPOINT: "ftp://iam" }, "IAM_ENDPOINT");
    expectConfigError({ HUAWEICLOUD_SDK_AK: "has space!", HUAWEICLOUD_SDK_SK: "s" }, "HUAWEICLOUD_SDK_AK");
    expectConfigError({ BSS_RATE_LIMIT_PER_SECOND: "0" }, "BSS_RATE_LIMIT_PER_SECOND");
  });

  it("refuses a non-loopback HOST without access control", () => {
    expectConfigError({ HOST: "0.0.0.0" }, "HOST");
    expect(loadConfig({ HOST: "0.0.0.0", AUTH_USERS_FILE: "/etc/users" }).host).toBe("0.0.0.0");
    expect(
      loadConfig({ HOST: "::", AUTH_PROXY_HEADER: "X-Forwarded-User", AUTH_TRUSTED_PROXIES: "10.0.0.5" }).access.proxyHeader,
    ).toBe("x-forwarded-user");
  });

  it("needs the SSO header and its trusted proxies together, and both TLS files", () => {
    expectConfigError({ AUTH_PROXY_HEADER: "X-User" }, "AUTH_TRUSTED_PROXIES");
    expectConfigError({ AUTH_TRUSTED_PROXIES: "10.0.0.1" }, "AUTH_PROXY_HEADER");
    expectConfigError({ TLS_CERT_FILE: "c.pem" }, "TLS_KEY_FILE");
  });

  it("lists the host names answered besides loopback: a specific HOST, PUBLIC_URL's and ALLOWED_HOSTS", () => {
    expect(loadConfig({}).allowedHosts).toEqual(["127.0.0.1"]);
    expect(
      loadConfig({
        HOST: "0.0.0.0",
        AUTH_USERS_FILE: "/etc/users",
        PUBLIC_URL: "https://Tags.Example.com/dashboard",
        ALLOWED_HOSTS: "tags-old.example.com, 10.0.0.5",
      }).allowedHosts,
    ).toEqual(["tags.example.com", "tags-old.example.com", "10.0.0.5"]);
    expectConfigError({ PUBLIC_URL: "tags.example.com" }, "PUBLIC_URL");
    expectConfigError({ ALLOWED_HOSTS: "https://tags.example.com" }, "ALLOWED_HOSTS");
  });

  it("bounds connections with documented defaults, configurable", () => {
    expect(loadConfig({}).connections).toEqual({
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5000,
      maxConnections: 500,
    });
    expect(loadConfig({}).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ MAX_CONNECTIONS: "20", REQUEST_TIMEOUT_MS: "2000", HEADERS_TIMEOUT_MS: "1000" }).connections).toMatchObject({
      maxConnections: 20,
      requestTimeoutMs: 2000,
      headersTimeoutMs: 1000,
    });
    expectConfigError({ HEADERS_TIMEOUT_MS: "40000" }, "HEADERS_TIMEOUT_MS");
    expectConfigError({ MAX_CONNECTIONS: "0" }, "MAX_CONNECTIONS");
  });

  it("allows plain http only on loopback", () => {
    expect(loadConfig({ BSS_ENDPOINT: "http://127.0.0.1:9100" }).bssEndpoint).toBe("http://127.0.0.1:9100");
  });

  it("counts a blank variable as unset", () => {
    expect(loadConfig({ PORT: "  ", HUAWEICLOUD_SDK_AK: "", HUAWEICLOUD_SDK_SK: " ", LOG_LEVEL: "" })).toMatchObject({
      mode: "demo",
      port: 8080,
      logLevel: "info",
    });
  });

  it("reads the remaining numbers with documented defaults and bounds", () => {
    expect(loadConfig({})).toMatchObject({
      clientRateLimitPerMinute: 1200,
      maxQueuedCalls: 2000,
      fakeBssPort: 0,
      logLevel: "info",
      logFile: undefined,
      domainId: undefined,
      tls: undefined,
    });
    expect(loadConfig({ SHUTDOWN_GRACE_MS: "0", PORT: "0", UPSTREAM_TIMEOUT_MS: "120000" })).toMatchObject({
      shutdownGraceMs: 0,
      port: 0,
      upstreamTimeoutMs: 120_000,
    });
    expect(loadConfig({ KEEP_ALIVE_TIMEOUT_MS: "700" }).connections.keepAliveTimeoutMs).toBe(700);
    expectConfigError({ UPSTREAM_TIMEOUT_MS: "120001" }, "UPSTREAM_TIMEOUT_MS");
    expectConfigError({ CLIENT_RATE_LIMIT_PER_MINUTE: "-5" }, "CLIENT_RATE_LIMIT_PER_MINUTE");
    expectConfigError({ MAX_QUEUED_CALLS: "1.5" }, "MAX_QUEUED_CALLS");
    expectConfigError({ KEEP_ALIVE_TIMEOUT_MS: "99" }, "KEEP_ALIVE_TIMEOUT_MS");
    expectConfigError({ FAKE_BSS_PORT: "65536" }, "FAKE_BSS_PORT");
    expectConfigError({ SHUTDOWN_GRACE_MS: "1e4" }, "SHUTDOWN_GRACE_MS");
  });

  it("says which values a wrong number may take", () => {
    expect(() => loadConfig({ PORT: "80a" })).toThrow('PORT: must be a whole number from 0 to 65535 (got "80a")');
  });

  it("accepts the log levels pino knows and keeps the log file", () => {
    expect(loadConfig({ LOG_LEVEL: "silent", LOG_FILE: "/var/log/tags.log" })).toMatchObject({
      logLevel: "silent",
      logFile: "/var/log/tags.log",
    });
    expectConfigError({ LOG_LEVEL: "verbose" }, "LOG_LEVEL");
  });

  it("keeps only the origin of an endpoint and refuses anything more", () => {
    expect(loadConfig({ BSS_ENDPOINT: "https://bss.example.com/" }).bssEndpoint).toBe("https://bss.example.com");
    expect(loadConfig({ IAM_ENDPOINT: "http://localhost:9200" }).iamEndpoint).toBe("http://localhost:9200");
    expectConfigError({ IAM_ENDPOINT: "http://iam.example.com" }, "IAM_ENDPOINT");
    expectConfigError({ BSS_ENDPOINT: "https://bss.example.com/?x=1" }, "BSS_ENDPOINT");
    expectConfigError({ BSS_ENDPOINT: "https://user:pw@bss.example.com" }, "BSS_ENDPOINT");
  });

  it("reads both TLS files, and names the missing certificate", () => {
    expect(loadConfig({ TLS_CERT_FILE: "c.pem", TLS_KEY_FILE: "k.pem" }).tls).toEqual({ certFile: "c.pem", keyFile: "k.pem" });
    expectConfigError({ TLS_KEY_FILE: "k.pem" }, "TLS_CERT_FILE");
  });

  it("names a malformed SSO header and a trusted-proxy range that trusts every address", () => {
    expectConfigError({ AUTH_PROXY_HEADER: "X User", AUTH_TRUSTED_PROXIES: "10.0.0.5" }, "AUTH_PROXY_HEADER");
    expectConfigError({ AUTH_PROXY_HEADER: "X-User", AUTH_TRUSTED_PROXIES: "0.0.0.0/0" }, "AUTH_TRUSTED_PROXIES");
    expectConfigError({ AUTH_PROXY_HEADER: "X-User", AUTH_TRUSTED_PROXIES: "10.0.0.5, proxy.local" }, "AUTH_TRUSTED_PROXIES");
    expect(loadConfig({ AUTH_PROXY_HEADER: "X-User", AUTH_TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).access).toEqual({
      usersFile: undefined,
      proxyHeader: "x-user",
      trustedProxies: "10.0.0.0/8, ::1",
    });
  });

  it("names the missing IAM variables and the AK a security token needs", () => {
    expectConfigError({ HUAWEICLOUD_IAM_DOMAIN_NAME: "d" }, "HUAWEICLOUD_IAM_USER_NAME");
    expectConfigError({ HUAWEICLOUD_IAM_DOMAIN_NAME: "d", HUAWEICLOUD_IAM_USER_NAME: "u" }, "HUAWEICLOUD_IAM_PASSWORD");
    expectConfigError({ HUAWEICLOUD_SDK_SK: "s", HUAWEICLOUD_SDK_SECURITY_TOKEN: "t" }, "HUAWEICLOUD_SDK_AK");
  });

  it("answers an IPv6 HOST in brackets, never a wildcard one, and host names without a trailing dot", () => {
    expect(loadConfig({ HOST: "::1" }).allowedHosts).toEqual(["[::1]"]);
    expect(loadConfig({ HOST: "::", AUTH_USERS_FILE: "/etc/users" }).allowedHosts).toEqual([]);
    expect(loadConfig({ ALLOWED_HOSTS: "Tags.Example.com., ,[fd00::5]" }).allowedHosts).toEqual([
      "127.0.0.1",
      "tags.example.com",
      "[fd00::5]",
    ]);
    expectConfigError({ PUBLIC_URL: "ftp://tags.example.com" }, "PUBLIC_URL");
    expectConfigError({ ALLOWED_HOSTS: "tags.example.com:8443" }, "ALLOWED_HOSTS");
  });
});

describe("loadConfig: alerts", () => {
  const DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef";

  it("sends no alert by default, in Chinese, about tags expiring this month or next, without a link", () => {
    expect(loadConfig({}).alerts).toEqual({ targets: [], language: "zh-CN", expiringMonths: 1, link: undefined });
  });

  it("reads each channel's URL and secret, the language, the months, and links What changed under PUBLIC_URL", () => {
    const config = loadConfig({
      ALERT_WEBHOOK_URL: "https://alerts.example.com/newtag",
      ALERT_WEBHOOK_SECRET: "w-secret",
      ALERT_WECOM_URL: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
      ALERT_DINGTALK_URL: DINGTALK,
      ALERT_DINGTALK_SECRET: "SEC123",
      ALERT_FEISHU_URL: "http://127.0.0.1:1234/x",
      ALERT_LANGUAGE: "en",
      ALERT_EXPIRING_MONTHS: "0",
      PUBLIC_URL: "https://Tags.Example.com/dashboard/",
    });
    expect(config.alerts).toEqual({
      targets: [
        { channel: "webhook", url: "https://alerts.example.com/newtag", secret: "w-secret" },
        { channel: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", secret: undefined },
        { channel: "dingtalk", url: DINGTALK, secret: "SEC123" },
        { channel: "feishu", url: "http://127.0.0.1:1234/x", secret: undefined },
      ],
      language: "en",
      expiringMonths: 0,
      link: "https://tags.example.com/dashboard/?mode=portfolio",
    });
    expect(config.allowedHosts).toEqual(["127.0.0.1", "tags.example.com"]);
    expect(loadConfig({ PUBLIC_URL: "http://localhost:8080" }).alerts.link).toBe("http://localhost:8080/?mode=portfolio");
  });

  it.each([
    [{ ALERT_WECOM_URL: "http://example.com/cgi-bin/webhook/send?key=k" }, "ALERT_WECOM_URL", /must use https \(plain http is allowed only to 127\.0\.0\.1, ::1 or localhost\) \(got a URL of http:\/\/example\.com\)/],
    [{ ALERT_WEBHOOK_URL: "hooks.example.com" }, "ALERT_WEBHOOK_URL", /must be a URL such as https:\/\/alerts\.example\.com\/newtag/],
    [{ ALERT_WEBHOOK_URL: "https://user:pw@hooks.example.com/x" }, "ALERT_WEBHOOK_URL", /must not hold a user name, password or #fragment/],
    [{ ALERT_FEISHU_SECRET: "s" }, "ALERT_FEISHU_SECRET", /is set without ALERT_FEISHU_URL: set the URL it signs for, or remove it/],
    [{ STORE: "off", ALERT_DINGTALK_URL: DINGTALK }, "ALERT_DINGTALK_URL", /needs the store: alerts are sent after each sync, and STORE=off turns the store and its sync off/],
    [{ ALERT_LANGUAGE: "fr" }, "ALERT_LANGUAGE", /must be zh-CN or en \(got "fr"\)/],
    [{ ALERT_EXPIRING_MONTHS: "25" }, "ALERT_EXPIRING_MONTHS", /whole number from 0 to 24/],
  ])("refuses %o naming %s", (env, variable, message) => {
    expectConfigError(env, variable);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never repeats a refused URL's token in its message", () => {
    expect(() => loadConfig({ ALERT_DINGTALK_URL: "http://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef" })).toThrow(
      /^ALERT_DINGTALK_URL: must use https[^]*got a URL of http:\/\/oapi\.dingtalk\.com\)$/,
    );
  });
});

describe("README configuration table", () => {
  // ENV_FILE chooses the file the other variables come from, so it is read before the configuration.
  const readBeforeConfiguration = ["ENV_FILE"];

  it("lists exactly the variables the configuration reads", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
    const documented = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]));
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES, ...readBeforeConfiguration].sort());
  });
});
