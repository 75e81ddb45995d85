import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CREDENTIALS, foreignIds } from "#testing/dataset";
import { BSS_PATHS } from "#contract/huawei-api";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

const TAGS = `/api${BSS_PATHS.newCustomerTags}`;
const RESELLERS = `/api${BSS_PATHS.indirectPartners}`;

describe("proxy over real HTTP against the fake BSS", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startProxyHarness();
  });
  afterAll(() => h.close());

  const stats = () => h.fake.state.stats;

  it("forwards a signed tag query and answers exactly what Huawei answered", async () => {
    const own = h.fake.state.bss.dataset.ownCustomers.slice(0, 3);
    const foreign = foreignIds(2, 7, h.fake.state.bss.dataset);
    const before = stats().calls.newCustomerTags;
    const res = await h.post(TAGS, { customer_ids: [...own.map((c) => c.tag.customer_id), ...foreign], limit: 10 });
    expect(res.body.error_msg).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.new_customer_tags?.map((t) => t.customer_id).sort()).toEqual(own.map((c) => c.tag.customer_id).sort());
    expect(stats().calls.newCustomerTags).toBe(before + 1);
    expect(stats().signatureFailures).toBe(0);
    const sent = stats().lastHeaders.newCustomerTags ?? {};
    expect(sent.authorization).toMatch(/^SDK-HMAC-SHA256 Access=DEMOAKNEWTAGDASHBOARD0, SignedHeaders=content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$/);
    expect(sent["x-domain-id"]).toBe("demo-domain-id");
  });

  it("passes Huawei's errors through with their status: 403 CBC.0151 for a non-distributor", async () => {
    h.fake.state.bss.distributor = false;
    try {
      const res = await h.post(RESELLERS, { limit: 10 });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error_code: "CBC.0151", error_msg: expect.any(String) });
    } finally {
      h.fake.state.bss.distributor = true;
    }
  });

  it("passes 400 CBC.99000037 for a reseller that is not the partner's", async () => {
    const res = await h.post(TAGS, { indirect_partner_id: foreignIds(1, 3)[0] });
    expect(res).toMatchObject({ status: 400, body: { error_code: "CBC.99000037" } });
  });

  const id = (n: number) => n.toString(16).padStart(32, "0");
  it.each([
    ["201 customer IDs", { customer_ids: Array.from({ length: 201 }, (_, i) => id(i)) }, /customer_ids.*at most 200 entries/],
    ["a 65-character customer ID", { customer_ids: ["a".repeat(65)] }, /customer_ids entry.*at most 64 characters.*customer_ids\.0/],
    ["limit 201", { limit: 201 }, /limit must be at most 200/],
    ["limit 0", { limit: 0 }, /limit must be at least 1/],
    ["a negative offset", { offset: -1 }, /offset must be 0 or greater/],
    ["a fractional offset", { offset: 1.5 }, /offset must be an integer/],
    ["customer_ids as a string", { customer_ids: "abc" }, /customer_ids must be a list of strings/],
    ["a number among the IDs", { customer_ids: [42] }, /customer_ids entry must be a string/],
    ["limit as a string", { limit: "10" }, /limit must be an integer/],
    ["a 65-character reseller ID", { indirect_partner_id: "r".repeat(65) }, /indirect_partner_id must be at most 64 characters/],
    ["an unknown field", { customer_id: "x" }, /unknown field "customer_id"/],
    ["a JSON array body", [], /must be a JSON object/],
  ])("rejects %s with 400 CBC.0100 before calling Huawei", async (_name, body, message) => {
    const before = stats().calls.newCustomerTags;
    const res = await h.post(TAGS, body);
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe("CBC.0100");
    expect(res.body.error_msg).toMatch(message);
    expect(stats().calls.newCustomerTags).toBe(before);
  });

  it("validates the reseller list by its own rules (limit at most 100)", async () => {
    const res = await h.post(RESELLERS, { limit: 101 });
    expect(res).toMatchObject({ status: 400, body: { error_code: "CBC.0100", error_msg: expect.stringMatching(/at most 100/) } });
    const ok = await h.post(RESELLERS, { limit: 100 });
    expect(ok.status).toBe(200);
    expect(ok.body.count).toBe(h.fake.state.bss.dataset.resellers.length);
  });

  it("forwards a reseller answer with nulls, unknown fields and a number for an unread string, minus contact fields", async () => {
    const reseller = {
      indirect_partner_id: "f0e1d2c3b4a5968778695a4b3c2d1e0f",
      name: "杭州云启科技有限公司",
      account_name: "yunqi-partner01",
      associated_on: 1_673_229_600,
      account_manager_id: null,
      account_manager_name: "王芳",
      mobile_phone: "13900000000",
      email: "partner@example.com",
      partner_tier: 2,
    };
    h.fake.state.faults = [{ api: "indirectPartners", fault: { kind: "body", body: { count: 1, indirect_partners: [reseller] } } }];
    const res = await h.post(RESELLERS, { limit: 100 });
    expect(res).toMatchObject({ status: 200 });
    expect(res.body).toEqual({
      count: 1,
      indirect_partners: [
        { indirect_partner_id: "f0e1d2c3b4a5968778695a4b3c2d1e0f", name: "杭州云启科技有限公司", account_name: "yunqi-partner01", account_manager_name: "王芳" },
      ],
    });
  });

  it("answers health, refuses other /api paths with 404 in Huawei's shape", async () => {
    expect(await (await fetch(`${h.url}/api/health`)).json()).toEqual({ status: "ok", mode: "live", store: "off" });
    const res = await h.post("/api/v2/partners/sub-customers/other", {});
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe("PROXY.0404");
  });

  it("refuses requests without the dashboard header or from another origin", async () => {
    const bare = await fetch(`${h.url}${TAGS}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(bare.status).toBe(403);
    const foreign = await h.post(TAGS, {}, { Origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error_code).toBe("PROXY.0403");
  });

  // Sandboxed iframes and some privacy modes send `Origin: null`; it names no origin of ours.
  it.each([
    ["null (a sandboxed iframe)", "null"],
    ["a scheme with no host", "http://"],
    ["no URL at all", "not a url"],
    ["a broken IPv6 host", "http://[::1"],
  ])("refuses Origin %s with 403 PROXY.0403, not a 500", async (_name, origin) => {
    const before = stats().calls.newCustomerTags;
    const res = await h.post(TAGS, { limit: 1 }, { Origin: origin });
    expect(res).toMatchObject({ status: 403, body: { error_code: "PROXY.0403", error_msg: "Requests from another origin are refused" } });
    expect(stats().calls.newCustomerTags).toBe(before);
  });

  it("accepts a request whose Origin is the dashboard's own", async () => {
    const res = await h.post(TAGS, { limit: 1 }, { Origin: h.url });
    expect(res.status).toBe(200);
  });

  it("answers 415 to non-JSON, 413 to huge bodies and 400 to broken JSON", async () => {
    expect((await h.post(TAGS, "customer_ids=1", { "Content-Type": "text/plain" })).status).toBe(415);
    expect((await h.post(TAGS, { customer_ids: ["x".repeat(70_000)] })).status).toBe(413);
    expect(await h.post(TAGS, "{broken")).toMatchObject({ status: 400, body: { error_code: "CBC.0100" } });
  });

  it("never puts the secret key or the signature in a response or a log line", async () => {
    await h.post(TAGS, { limit: 5 });
    const all = h.logs.join("\n");
    expect(all).toContain('"msg":"request"');
    expect(all).not.toContain(DEMO_CREDENTIALS.sk);
    expect(all).not.toMatch(/Signature=/);
  });
});

describe("proxy with a wrong secret key", () => {
  it("passes Huawei's 401 APIGW.0301 through and never retries it", async () => {
    const h = await startProxyHarness({ auth: { kind: "aksk", credentials: { ak: DEMO_CREDENTIALS.ak, sk: "wrong" } } });
    try {
      const res = await h.post(TAGS, { limit: 1 });
      expect(res.status).toBe(401);
      expect(res.body.error_code).toBe("APIGW.0301");
      expect(h.fake.state.stats.signatureFailures).toBe(1);
    } finally {
      await h.close();
    }
  });
});

describe("proxy with an IAM token", () => {
  it("fetches one token and reuses it across calls", async () => {
    const h = await startProxyHarness({ auth: "iam" });
    try {
      const answers = await Promise.all([1, 2, 3].map(() => h.post(TAGS, { limit: 2 })));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      await h.post(TAGS, { limit: 2 });
      expect(h.fake.state.tokens.issuedCount).toBe(1);
      expect(h.fake.state.stats.lastHeaders.newCustomerTags?.["x-auth-token"]).toBeTruthy();
    } finally {
      await h.close();
    }
  });

  it("gets a new token once when Huawei says the token expired", async () => {
    const h = await startProxyHarness({ auth: "iam" });
    try {
      expect((await h.post(TAGS, { limit: 1 })).status).toBe(200);
      h.fake.state.tokens.expireAll();
      expect((await h.post(TAGS, { limit: 1 })).status).toBe(200);
      expect(h.fake.state.tokens.issuedCount).toBe(2);
    } finally {
      await h.close();
    }
  });

  it("reports a wrong IAM password without retrying it", async () => {
    const h = await startProxyHarness({
      auth: { kind: "iam", domainName: "demo-partner", userName: "demo-user", password: "wrong" },
    });
    try {
      const res = await h.post(TAGS, { limit: 1 });
      expect(res.status).toBe(502);
      expect(res.body.error_code).toBe("PROXY.0401");
      expect(res.body.error_msg).toMatch(/HUAWEICLOUD_IAM_PASSWORD/);
      expect(h.fake.state.tokens.issuedCount).toBe(0);
    } finally {
      await h.close();
    }
  });

  it("after a wrong IAM password stops asking IAM for the cooling-off period, and says why", async () => {
    const h = await startProxyHarness({
      auth: { kind: "iam", domainName: "demo-partner", userName: "demo-user", password: "wrong" },
      iamRetryAfterS: 300,
    });
    try {
      const answers = [];
      for (let i = 0; i < 8; i++) answers.push(await h.post(TAGS, { limit: 1 }));
      // IAM locks a user after a few failures: eight browser requests, one password attempt.
      expect(h.fake.state.tokens.passwordAttempts).toBe(1);
      expect(answers.map((a) => a.status)).toEqual([502, 502, 502, 502, 502, 502, 502, 502]);
      const later = answers[7]!;
      expect(later.body.error_code).toBe("PROXY.0401");
      expect(later.body.error_msg).toMatch(/IAM_RETRY_AFTER_S/);
      expect(Number(later.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(later.headers.get("retry-after"))).toBeLessThanOrEqual(300);
    } finally {
      await h.close();
    }
  });
});
