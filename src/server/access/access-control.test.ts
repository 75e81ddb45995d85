import type * as Crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { type Harness, startProxyHarness } from "../testing/proxy-harness.ts";
import { basicAuth, countStatuses, postFrom } from "../testing/raw-http.ts";
import type { AccessControl } from "./access-control.ts";
import { hashPassword, verifyPassword } from "./password-hash.ts";
import { parseTrustedProxies } from "./trusted-proxies.ts";

// Every scrypt run is recorded with its cost parameters: the count of password checks an attack
// got evaluated, and proof that unknown names cost the same work as known ones.
const scryptRuns = vi.hoisted(() => [] as string[]);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  const scrypt = (...args: Parameters<typeof actual.scrypt>) => {
    const [, salt, keyLength, options] = args;
    const cost = typeof options === "object" ? options : {};
    scryptRuns.push(`N=${cost.N} r=${cost.r} p=${cost.p} salt=${Buffer.from(salt as Buffer).length} key=${keyLength}`);
    return (actual.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...actual, scrypt, default: { ...actual, scrypt } };
});

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;

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

  it("refuse a range of every address, saying why", () => {
    expect(() => parseTrustedProxies("0.0.0.0/0")).toThrow(/AUTH_TRUSTED_PROXIES: "0\.0\.0\.0\/0" trusts every address/);
    expect(() => parseTrustedProxies("10.0.0.5, ::/0")).toThrow(/"::\/0" trusts every address/);
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
        limits: { perAddress: 3 },
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
    const res = await h.post(TAGS, { limit: 1 }, { Authorization: basicAuth("alice", "alice-password-123") });
    expect(res.status).toBe(200);
  });

  it("ignores an identity header from an address that is not a trusted proxy", async () => {
    const res = await h.post(TAGS, { limit: 1 }, { "X-Forwarded-User": "mallory" });
    expect(res.status).toBe(401);
  });

  it("rate-limits failed sign-ins with 429 and Retry-After", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await h.post(TAGS, {}, { Authorization: basicAuth(`user-${i}`, `guess-${i}`) })).status).toBe(401);
    }
    const locked = await h.post(TAGS, {}, { Authorization: basicAuth("bob", "bob-password-123") });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.body.error_code).toBe("PROXY.0429");
  });

  it("still lets in a credential already proven right, whatever others guess", async () => {
    const res = await h.post(TAGS, { limit: 1 }, { Authorization: basicAuth("alice", "alice-password-123") });
    expect(res.status).toBe(200);
  });

  it("logs an audit line per Huawei request: user, address, API and number of IDs, never the IDs", async () => {
    const ids = ["34085605d7c6b54e02b91f38453804bf", "ec9b554a5ee580a03748a8f13587e67e"];
    const res = await h.post(TAGS, { customer_ids: ids }, { Authorization: basicAuth("alice", "alice-password-123") });
    expect(res.status).toBe(200);
    const line = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).findLast((l) => l.msg === "request");
    expect(line).toMatchObject({ api: "newCustomerTags", user: "alice", ip: "127.0.0.1", ids: 2, status: 200 });
    expect(h.logs.join("\n")).not.toContain(ids[0]);
  });

  it("never logs the password, nor the names typed at sign-in", () => {
    expect(h.logs.join("\n")).not.toMatch(/user-[012]/);
    expect(h.logs.join("\n")).not.toContain("alice-password-123");
    expect(h.logs.join("\n")).not.toContain(Buffer.from("alice:alice-password-123").toString("base64"));
  });
});

/** A harness with alice (and any `users` given); it forgets the scrypt runs of setting up. */
async function countingHarness(access: Partial<AccessControl> = {}) {
  const users = new Map([["alice", await hashPassword("alice-password-123")], ...(access.users ?? [])]);
  const h = await startProxyHarness({ trustProxy: "127.0.0.1", access: { ...access, users } });
  scryptRuns.length = 0;
  return { h, checks: scryptRuns };
}

const guess = (h: Harness, user: string, options: { from?: string; forwardedFor?: string } = {}) =>
  postFrom(h.url, TAGS, { limit: 1 }, {
    localAddress: options.from,
    headers: {
      Authorization: basicAuth(user, "wrong-password"),
      ...(options.forwardedFor ? { "X-Forwarded-For": options.forwardedFor } : {}),
    },
  });


describe("sign-in under attack, over HTTP", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("evaluates at most 5 of 200 simultaneous guesses from one address; the rest get 429 at once", async () => {
    const started = await countingHarness();
    h = started.h;
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => guess(started.h, `name-${i}`)));
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 195 });
    expect(started.checks).toHaveLength(5);
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.body.error_code).toBe("PROXY.0429");
    expect(Number(refused?.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("counts 20 addresses of one IPv6 /64 as one address", async () => {
    const started = await countingHarness({ limits: { perNameFree: 1000 } });
    h = started.h;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => guess(started.h, "alice", { forwardedFor: `2001:db8:1:2::${i + 1}` })),
    );
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 15 });
    expect((await guess(started.h, "alice", { forwardedFor: "2001:db8:1:3::1" })).status).toBe(401);
  });

  it("backs off one user name guessed from 30 different addresses", async () => {
    const started = await countingHarness({ limits: { perNameFree: 3, nameBackoffMs: 60_000 } });
    h = started.h;
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await guess(started.h, "alice", { from: `127.0.0.${i + 10}` }));
    expect(countStatuses(answers)).toEqual({ 401: 3, 429: 27 });
    expect(answers[3]?.headers["retry-after"]).toBe("60");
  });

  it("lets a real user in while 300 guesses at another name arrive at once", async () => {
    const started = await countingHarness({ users: new Map([["bob", await hashPassword("bob-password-123")]]) });
    h = started.h;
    const attack = Array.from({ length: 300 }, () => guess(started.h, "bob"));
    const real = await postFrom(started.h.url, TAGS, { limit: 1 }, {
      localAddress: "127.0.0.2",
      headers: { Authorization: basicAuth("alice", "alice-password-123") },
    });
    const answers = await Promise.all(attack);
    expect(real.status).toBe(200);
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 295 });
    // At most 5 guesses and the real check ran: a handful of scrypt runs, whatever the machine.
    expect(started.checks.length).toBeLessThanOrEqual(6);
  });

  it("does the same work for an unknown name as for a known one", async () => {
    const started = await countingHarness({ limits: { perAddress: 1000, perNameFree: 1000 } });
    h = started.h;
    await guess(started.h, "alice");
    await guess(started.h, "nobody-by-this-name");
    expect(started.checks).toHaveLength(2);
    expect(started.checks[1]).toBe(started.checks[0]);
  });

  it("answers known and unknown names with the same work: paired, a median difference within 5 ms", { timeout: 120_000 }, async () => {
    const started = await countingHarness({ limits: { perAddress: 1000, perNameFree: 1000 } });
    h = started.h;
    // Processor time of this process (the proxy and its thread pool, and the client) per answer:
    // unlike wall-clock time it does not grow with other programs' load as such, but a loaded
    // machine still slows every instruction. So the two are measured in pairs, one right after the
    // other and taking turns at going first, and the pairs' differences are compared: a change of
    // load over the run then moves both of a pair alike.
    const work = async (user: string) => {
      const before = process.cpuUsage();
      expect((await guess(started.h, user)).status).toBe(401);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    const known: number[] = [];
    const differences: number[] = [];
    for (let i = 0; i < 41; i++) {
      const [first, second] = i % 2 === 0 ? ["alice", `nobody-${i}`] : [`nobody-${i}`, "alice"];
      const a = await work(first);
      const b = await work(second);
      const [alice, nobody] = i % 2 === 0 ? [a, b] : [b, a];
      known.push(alice);
      differences.push(alice - nobody);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    expect(median(known)).toBeGreaterThan(5);
    expect(Math.abs(median(differences))).toBeLessThan(5);
  });
});
