import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BSS_PATHS, type BssApi } from "#contract/huawei-api";
import { signForFakeBss } from "../testing/sign-for-fake-bss.ts";
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "./dataset.ts";
import { type FakeBss, startFakeBss } from "./http-server.ts";

let fake: FakeBss;
let time = new Date("2026-11-15T04:00:00Z");
beforeEach(async () => {
  time = new Date("2026-11-15T04:00:00Z");
  // A frozen clock: every call lands in the same second, so throttling is exact.
  fake = await startFakeBss({ seed: 3, now: () => time, controlRoutes: true });
});
afterEach(async () => {
  await fake.close();
});

async function signed(
  api: BssApi,
  body: object,
  sk: string = DEMO_CREDENTIALS.sk,
  extra: Record<string, string> = {},
) {
  const url = `${fake.url}${BSS_PATHS[api]}`;
  const text = JSON.stringify(body);
  const headers = { "Content-Type": "application/json", ...extra };
  const signedHeaders = signForFakeBss({
    url,
    headers,
    body: text,
    ak: DEMO_CREDENTIALS.ak,
    sk,
    date: time,
  });
  return fetch(url, { method: "POST", headers: signedHeaders, body: text });
}

const control = (method: string, path: string, body?: unknown) =>
  fetch(`${fake.url}/__fake/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const login = (password: string = DEMO_IAM_USER.password) =>
  fetch(`${fake.url}/v3/auth/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ["password"],
          password: {
            user: { name: DEMO_IAM_USER.user, password, domain: { name: DEMO_IAM_USER.domain } },
          },
        },
        scope: { domain: { name: DEMO_IAM_USER.domain } },
      },
    }),
  });

describe("fake BSS over HTTP", () => {
  it("accepts a request signed with the demo keys", async () => {
    const own = fake.state.bss.dataset.ownCustomers;
    const response = await signed(
      "newCustomerTags",
      { customer_ids: [own[1]!.tag.customer_id] },
      undefined,
      {
        "X-Domain-Id": fake.state.bss.dataset.domainId,
      },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ new_customer_tags: [own[1]!.tag] });
    const stats = await (await control("GET", "stats")).json();
    expect(stats.calls.newCustomerTags).toBe(1);
    expect(stats.lastHeaders.newCustomerTags["x-domain-id"]).toBe(fake.state.bss.dataset.domainId);
  });

  it("answers 401 APIGW.0301 with the canonical request for a wrong SK", async () => {
    const response = await signed("indirectPartners", {}, "wrong-secret");
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error_code).toBe("APIGW.0301");
    expect(body.error_msg).toMatch(
      /^Incorrect IAM authentication information: verify aksk signature fail, /,
    );
    expect(body.error_msg).toContain(`POST|${BSS_PATHS.indirectPartners}/|`);
    expect((await (await control("GET", "stats")).json()).signatureFailures).toBe(1);
  });

  it("throttles the 11th call in a second with 429 APIG.0308", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signed("subCustomers", {})).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
    const last = await signed("subCustomers", {});
    expect(await last.json()).toMatchObject({ error_code: "APIG.0308" });
    expect((await signed("newCustomerTags", {})).status).toBe(200);
    time = new Date(time.getTime() + 1_000);
    expect((await signed("subCustomers", {})).status).toBe(200);
    expect((await (await control("GET", "stats")).json()).throttled).toBe(2);
  });

  it("logs each authenticated call with its time, API, throttling and first ID, until a reset", async () => {
    await signed("newCustomerTags", { customer_ids: ["c-1", "c-2"] });
    await signed("subCustomers", {}, "wrong-sk");
    for (let i = 0; i < 10; i++) await signed("indirectPartners", {});
    await signed("indirectPartners", {});
    const { calls } = await (await control("GET", "calls")).json();
    const at = time.getTime();
    expect(calls).toEqual([
      { at, api: "newCustomerTags", throttled: false, firstId: "c-1" },
      ...Array.from({ length: 10 }, () => ({ at, api: "indirectPartners", throttled: false })),
      { at, api: "indirectPartners", throttled: true },
    ]);
    await control("POST", "reset");
    expect((await (await control("GET", "calls")).json()).calls).toEqual([]);
  });

  it("answers Huawei's validation error through the gateway", async () => {
    const response = await signed("newCustomerTags", { limit: 500 });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_code: "CBC.0100" });
  });

  it("issues IAM tokens, accepts them, and refuses them once expired", async () => {
    const wrong = await login("nope");
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: { code: 401, message: "The username or password is wrong.", title: "Unauthorized" },
    });
    const response = await login();
    expect(response.status).toBe(201);
    const token = response.headers.get("x-subject-token") ?? "";
    expect(token).not.toBe("");
    const body = await response.json();
    expect(Date.parse(body.token.expires_at) - time.getTime()).toBe(24 * 3_600_000);
    const url = `${fake.url}${BSS_PATHS.newCustomerTags}`;
    const call = () =>
      fetch(url, {
        method: "POST",
        headers: { "X-Auth-Token": token, "Content-Type": "application/json" },
        body: "{}",
      });
    expect((await call()).status).toBe(200);
    expect(await (await control("POST", "expire-tokens")).json()).toEqual({ expired: 1 });
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({
      error_code: "APIGW.0307",
      error_msg: "The token must be updated.",
    });
    const unknown = await fetch(url, {
      method: "POST",
      headers: { "X-Auth-Token": "forged" },
      body: "{}",
    });
    expect(unknown.status).toBe(401);
    expect((await (await control("GET", "stats")).json()).tokensIssued).toBe(1);
  });

  it("accepts configured tokens", async () => {
    const other = await startFakeBss({ acceptTokens: ["static-token"] });
    try {
      const response = await fetch(`${other.url}${BSS_PATHS.indirectPartners}`, {
        method: "POST",
        headers: { "X-Auth-Token": "static-token" },
        body: "{}",
      });
      expect(response.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe("control endpoints", () => {
  it("are closed unless asked for, as in the dashboard's demo mode", async () => {
    const demo = await startFakeBss({ seed: 3, now: () => time });
    try {
      for (const [method, path] of [
        ["GET", "stats"],
        ["PUT", "faults"],
        ["POST", "reset"],
      ] as const) {
        const response = await fetch(`${demo.url}/__fake/${path}`, {
          method,
          body: method === "GET" ? null : "[]",
        });
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ error_code: "APIGW.0101" });
      }
      expect(demo.state.stats.faultsInjected).toBe(0);
    } finally {
      await demo.close();
    }
  });

  it("inject status faults with Retry-After, then answer normally", async () => {
    const rules = [
      { api: "newCustomerTags", fault: { kind: "status", status: 503, retryAfterSeconds: 3 } },
    ];
    expect((await control("PUT", "faults", rules)).status).toBe(200);
    const faulted = await signed("newCustomerTags", {});
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get("retry-after")).toBe("3");
    expect(await faulted.json()).toMatchObject({ error_code: "CBC.0999" });
    expect((await signed("newCustomerTags", {})).status).toBe(200);
  });

  it("reject invalid fault rules", async () => {
    const response = await control("PUT", "faults", [{ fault: { kind: "explode" } }]);
    expect(response.status).toBe(400);
    expect(fake.state.faults).toEqual([]);
  });

  it("inject malformed, reset, delay and hang faults", async () => {
    await control("PUT", "faults", {
      rules: [
        { fault: { kind: "malformed" } },
        { fault: { kind: "reset" } },
        { fault: { kind: "delay", ms: 30 } },
        { fault: { kind: "hang" } },
      ],
    });
    const malformed = await signed("newCustomerTags", {});
    expect(malformed.status).toBe(200);
    expect(await malformed.text()).toBe('{"new_customer_tags": [');
    await expect(signed("newCustomerTags", {})).rejects.toThrow("fetch failed");
    const start = performance.now();
    expect((await signed("newCustomerTags", {})).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
    // The hang is judged by events, not by a wait: the fake has injected the fault, and the call
    // is still open; only closing the server ends it.
    const injected = fake.state.stats.faultsInjected;
    let settled = "pending";
    const hanging = signed("newCustomerTags", {});
    hanging.then(
      () => (settled = "answered"),
      () => (settled = "failed"),
    );
    await vi.waitFor(() => expect(fake.state.stats.faultsInjected).toBe(injected + 1));
    expect(settled).toBe("pending");
    await fake.close();
    await expect(hanging).rejects.toThrow("fetch failed");
    fake = await startFakeBss({ seed: 3, now: () => time, controlRoutes: true }); // afterEach closes it
  });

  it("inject a body answered as it is, then answer from the data set again", async () => {
    const body = {
      count: 1,
      customer_infos: [{ customer_id: "c1", customer_type: 1, extra: null }],
    };
    await control("PUT", "faults", [{ api: "subCustomers", fault: { kind: "body", body } }]);
    const injected = await signed("subCustomers", {});
    expect(injected.status).toBe(200);
    expect(await injected.json()).toEqual(body);
    const normal = await signed("subCustomers", {});
    expect(await normal.json()).toMatchObject({
      count: fake.state.bss.dataset.ownCustomers.length,
    });
  });

  it("switch the partner to non-distributor, and reset", async () => {
    await control("PUT", "distributor", { enabled: false });
    const denied = await signed("indirectPartners", {});
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ error_code: "CBC.0151" });
    expect((await control("PUT", "distributor", { enabled: "no" })).status).toBe(400);
    await control("PUT", "faults", [{ times: "always", fault: { kind: "status", status: 500 } }]);
    await control("DELETE", "faults");
    expect(fake.state.faults).toEqual([]);
    await control("POST", "reset");
    expect((await signed("indirectPartners", {})).status).toBe(200);
    const stats = await (await control("GET", "stats")).json();
    expect(stats.calls).toEqual({ newCustomerTags: 0, indirectPartners: 1, subCustomers: 0 });
  });

  it("answer 404 elsewhere", async () => {
    expect((await control("GET", "nothing")).status).toBe(404);
    expect((await fetch(`${fake.url}/v2/other`, { method: "POST" })).status).toBe(404);
  });
});
