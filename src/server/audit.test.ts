import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { API_PREFIX, CSRF_HEADER, PROXY_PATHS } from "#contract/proxy-constants";
import { auditToLogger, openAuditLog } from "./audit.ts";
import { ConfigError } from "./config-error.ts";
import type { BssCall } from "./huawei/bss-client.ts";
import { openPortfolio, type Portfolio } from "./portfolio/portfolio.ts";
import { type AppServer, startAppServer } from "./testing/app-server.ts";
import { capturedLogger } from "./testing/captured-logger.ts";

// The audit log over real HTTP: the exact line each user action leaves, and what it never holds.

const AT = "2026-03-02T01:00:00.000Z";
const now = () => new Date(AT);
const CUSTOMER_IDS = ["34085605d7c6b54e02b91f38453804bf", "ec9b554a5ee580a03748a8f13587e67e"];
const TAGS = `${API_PREFIX}${BSS_PATHS.newCustomerTags}`;
const SSO = { proxyHeader: "x-forwarded-user", isTrustedProxy: () => true };

// Huawei's empty answers: the sync a test starts finds nothing and ends.
const emptyHuawei: BssCall = async (api) => ({
  ok: true,
  status: 200,
  body:
    api === "newCustomerTags"
      ? { new_customer_tags: [] }
      : api === "indirectPartners"
        ? { count: 0, indirect_partners: [] }
        : { count: 0, customer_infos: [] },
});

async function send(
  server: AppServer,
  method: "GET" | "POST",
  path: string,
  user: string,
  body?: unknown,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      "x-forwarded-user": user,
      ...(body === undefined
        ? {}
        : { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  return { status: response.status, id: response.headers.get("x-request-id") ?? "" };
}

let dir: string;
let server: AppServer | undefined;
let portfolio: Portfolio | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "audit-"));
});
afterEach(async () => {
  await server?.close();
  await portfolio?.close();
  server = undefined;
  portfolio = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("the audit log file", () => {
  it("holds one exact JSON line per action, appended, and never a customer ID", async () => {
    const file = join(dir, "logs", "proxy", "audit.log");
    const { logger } = capturedLogger();
    const audit = openAuditLog(file, logger, now);
    portfolio = await openPortfolio(
      { dataDir: undefined, databaseUrl: undefined, schedule: undefined, retentionMonths: 24 },
      emptyHuawei,
      logger,
    );
    server = await startAppServer({ call: emptyHuawei, portfolio, audit, access: SSO });

    const lookup = await send(server, "POST", TAGS, "alice", {
      customer_ids: CUSTOMER_IDS,
      indirect_partner_id: "reseller-7",
    });
    const sync = await send(server, "POST", PROXY_PATHS.portfolioSync, "bob", {});
    const customer = await send(
      server,
      "GET",
      `${PROXY_PATHS.portfolioCustomers}/${CUSTOMER_IDS[0]}`,
      "alice",
    );
    const exported = await send(server, "POST", PROXY_PATHS.auditExport, "alice", {
      format: "xlsx",
      rows: 1234,
      scope: "reseller-7",
      selected: false,
    });
    const badExport = await send(server, "POST", PROXY_PATHS.auditExport, "alice", {
      format: "pdf",
      rows: 1,
      scope: "own",
      selected: false,
    });
    expect([lookup.status, sync.status, customer.status, exported.status, badExport.status]).toEqual([
      200, 202, 404, 204, 400,
    ]);
    // Every answer's hooks have run once the server has closed.
    await server.close();
    server = undefined;
    await audit.close();

    const text = readFileSync(file, "utf8");
    expect(text.split("\n")).toEqual([
      `{"at":"${AT}","request":"${lookup.id}","user":"alice","ip":"127.0.0.1","action":"lookup","scope":"reseller-7","ids":2,"status":200}`,
      `{"at":"${AT}","request":"${sync.id}","user":"bob","ip":"127.0.0.1","action":"sync.start","scope":"all","status":202}`,
      `{"at":"${AT}","request":"${customer.id}","user":"alice","ip":"127.0.0.1","action":"portfolio.customer","scope":"all","ids":1,"status":404,"errorCode":"PROXY.0404"}`,
      `{"at":"${AT}","request":"${exported.id}","user":"alice","ip":"127.0.0.1","action":"export","scope":"reseller-7","format":"xlsx","rows":1234,"selected":false,"status":204}`,
      `{"at":"${AT}","request":"${badExport.id}","user":"alice","ip":"127.0.0.1","action":"export","status":400,"errorCode":"PROXY.0400"}`,
      "",
    ]);
    for (const id of CUSTOMER_IDS) expect(text).not.toContain(id);

    // A second process appends after the first one's lines.
    const again = openAuditLog(file, logger, now);
    again.write({
      request: "r-2",
      user: "carol",
      ip: "10.0.0.9",
      action: "alerts.test",
      status: 200,
    });
    await again.close();
    expect(readFileSync(file, "utf8")).toBe(
      `${text}{"at":"${AT}","request":"r-2","user":"carol","ip":"10.0.0.9","action":"alerts.test","status":200}\n`,
    );
  });

  it("leaves out requests refused before their route (sign-in) and routes that are no action", async () => {
    const file = join(dir, "audit.log");
    const audit = openAuditLog(file, capturedLogger().logger, now);
    server = await startAppServer({ audit, access: { users: new Map() } });
    const refused = await fetch(`${server.url}${TAGS}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value },
      body: JSON.stringify({ customer_ids: CUSTOMER_IDS }),
    });
    expect(refused.status).toBe(401);
    expect((await fetch(`${server.url}${PROXY_PATHS.health}`)).status).toBe(200);
    await server.close();
    server = undefined;
    await audit.close();
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("refuses at start a file it cannot open, naming AUDIT_LOG_FILE", () => {
    const notAFolder = join(dir, "plain-file");
    writeFileSync(notAFolder, "");
    expect(() => openAuditLog(join(notAFolder, "audit.log"), capturedLogger().logger)).toThrow(
      ConfigError,
    );
    expect(() => openAuditLog(join(notAFolder, "audit.log"), capturedLogger().logger)).toThrow(
      /^AUDIT_LOG_FILE: cannot be opened for appending/,
    );
  });
});

describe("the audit log without a file", () => {
  it("is an info line of the proxy's log marked audit: true, without the IDs", async () => {
    const { logger, logs } = capturedLogger();
    server = await startAppServer({ audit: auditToLogger(logger, now), access: SSO });
    const lookup = await send(server, "POST", TAGS, "alice", { customer_ids: CUSTOMER_IDS });
    expect(lookup.status).toBe(200);
    await server.close();
    server = undefined;

    const lines = logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.audit === true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: "audit",
      audit: true,
      at: AT,
      request: lookup.id,
      user: "alice",
      ip: "127.0.0.1",
      action: "lookup",
      scope: "own",
      ids: 2,
      status: 200,
    });
    for (const id of CUSTOMER_IDS) expect(logs.join("\n")).not.toContain(id);
  });
});
