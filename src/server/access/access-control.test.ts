import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#shared/huawei-api";
import { type Harness, startProxyHarness } from "../testing/proxy-harness.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { parseTrustedProxies } from "./trusted-proxies.ts";

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("password hashes", () => {
  it("verify the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifyPassword("correct horse battery", a)).resolves.toBe(true);
    await expect(verifyPassword("wrong", a)).resolves.toBe(false);
    await expect(verifyPassword("x", "plain-text")).resolves.toBe(false);
  });
});

describe("trusted proxies", () => {
  it("match addresses and CIDR ranges, IPv4-mapped IPv6 included", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.7, ::1");
    expect(trusted("10.20.30.40")).toBe(true);
    expect(trusted("::ffff:10.1.1.1")).toBe(true);
    expect(trusted("192.168.1.7")).toBe(true);
    expect(trusted("::1")).toBe(true);
    expect(trusted("192.168.1.8")).toBe(false);
    expect(trusted("not-an-ip")).toBe(false);
  });
});

describe("dashboard access control over HTTP", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startProxyHarness({
      access: {
        users: new Map([["alice", await hashPassword("alice-password-123")]]),
        proxyHeader: "x-forwarded-user",
        isTrustedProxy: (address) => address === "10.9.9.9",
        maxFailures: 3,
      },
    });
  });
  afterAll(() => h.close());

  it("asks for a password (401 with WWW-Authenticate) and lets health through", async () => {
    const res = await h.post(TAGS, { limit: 1 });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await fetch(`${h.url}/api/health`)).status).toBe(200);
  });

  it("accepts the right password", async () => {
    const res = await h.post(TAGS, { limit: 1 }, { Authorization: basic("alice", "alice-password-123") });
    expect(res.status).toBe(200);
  });

  it("ignores an identity header from an address that is not a trusted proxy", async () => {
    const res = await h.post(TAGS, { limit: 1 }, { "X-Forwarded-User": "mallory" });
    expect(res.status).toBe(401);
  });

  it("rate-limits failed sign-ins with 429 and Retry-After", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await h.post(TAGS, {}, { Authorization: basic("alice", `guess-${i}`) })).status).toBe(401);
    }
    const locked = await h.post(TAGS, {}, { Authorization: basic("alice", "alice-password-123") });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.body.error_code).toBe("PROXY.0429");
  });

  it("never logs the password", () => {
    expect(h.logs.join("\n")).not.toContain("alice-password-123");
    expect(h.logs.join("\n")).not.toContain(Buffer.from("alice:alice-password-123").toString("base64"));
  });
});
