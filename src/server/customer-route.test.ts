import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foreignIds } from "#testing/dataset";
import { BSS_PATHS, customerQueryResponseSchema } from "#contract/huawei-api";
import { buildNameMap } from "#web/features/customers/name-map";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

// Issue 5: the customer list puts names beside IDs. Huawei's answer carries contact fields
// (personal data) that the proxy must never pass on to the browser.
const CUSTOMERS = `/api${BSS_PATHS.subCustomers}`;
const CONTACT_FIELDS = ["telephone", "email", "country_code", "mobile_phone"];

describe("customer list route over real HTTP", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startProxyHarness();
  });
  afterAll(() => h.close());

  const dataset = () => h.fake.state.bss.dataset;
  const calls = () => h.fake.state.stats.calls.subCustomers;

  it("rejects limit 101 with 400 CBC.0100 before calling Huawei", async () => {
    const before = calls();
    const res = await h.post(CUSTOMERS, { limit: 101 });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe("CBC.0100");
    expect(res.body.error_msg).toMatch(/limit must be at most 100/);
    expect(calls()).toBe(before);
  });

  it.each([
    ["limit 0", { limit: 0 }, /limit must be at least 1/],
    ["an offset beyond 40,000,000", { offset: 40_000_001 }, /offset must be at most 40000000/],
    ["an unknown field", { telephone: "138" }, /unknown field "telephone"/],
    [
      "a 65-character reseller ID",
      { indirect_partner_id: "r".repeat(65) },
      /at most 64 characters/,
    ],
    ["a bad association type", { association_type: "3" }, /association_type must be "1" or "2"/],
  ])("rejects %s with 400 CBC.0100", async (_name, body, message) => {
    const before = calls();
    const res = await h.post(CUSTOMERS, body);
    expect(res).toMatchObject({ status: 400, body: { error_code: "CBC.0100" } });
    expect(res.body.error_msg).toMatch(message);
    expect(calls()).toBe(before);
  });

  it("answers names and account names but no contact fields", async () => {
    const customer = dataset().ownCustomers[3]!;
    const res = await h.post(CUSTOMERS, { customer_id: customer.tag.customer_id, limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(1);
    const [info] = res.body.customer_infos ?? [];
    expect(info).toMatchObject({
      customer_id: customer.tag.customer_id,
      customer: customer.info.customer,
      account_name: customer.info.account_name,
    });
    // Huawei did send them: the fake's record has them, the proxy's answer does not.
    expect(customer.info.telephone).not.toBe("");
    for (const field of CONTACT_FIELDS) expect(info).not.toHaveProperty(field);
  });

  it("strips contact fields from every row of a full page of 100", async () => {
    const res = await h.post(CUSTOMERS, { offset: 0, limit: 100 });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(dataset().ownCustomers.length);
    expect(res.body.customer_infos).toHaveLength(100);
    for (const info of res.body.customer_infos ?? []) {
      for (const field of CONTACT_FIELDS) expect(info).not.toHaveProperty(field);
      expect(typeof info.customer).toBe("string");
    }
  });

  it("scopes the list to a reseller's customers when one is named", async () => {
    const reseller = dataset().resellers[1]!;
    const theirs = dataset().customersByReseller.get(reseller.indirect_partner_id)!;
    const res = await h.post(CUSTOMERS, {
      indirect_partner_id: reseller.indirect_partner_id,
      offset: 100,
      limit: 100,
    });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(theirs.length);
    expect(res.body.customer_infos?.map((c) => c.customer_id)).toEqual(
      theirs.slice(100, 200).map((c) => c.tag.customer_id),
    );
    // The partner's own list does not contain the reseller's customers.
    const own = await h.post(CUSTOMERS, { customer_id: theirs[0]!.tag.customer_id });
    expect(own.body).toMatchObject({ count: 0, customer_infos: [] });
  });

  // Issue 10: Huawei sends customer_type and is_frozen as integers (SDK model CustomerInformation);
  // a schema expecting a string turned every real answer into 502 PROXY.0502.
  it("forwards a customer answer shaped as Huawei sends it, and its names can be read", async () => {
    const enterprise = {
      customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
      customer: "上海新天教育科技有限公司",
      account_name: "xintian-edu",
      associated_on: "2024-05-06T08:05:01Z",
      association_type: "2",
      label: null,
      telephone: "13800000000",
      email: "ops@example.com",
      country_code: "0086",
      verified_status: "2",
      customer_type: 1,
      is_frozen: 0,
      account_managers: [{ account_name: "am-01" }],
      xaccount_id: null,
      xaccount_type: "",
      customer_level: "V2",
      a_field_added_later: { nested: true },
    };
    const unverified = {
      customer_id: "1b2c3d4e5f60718293a4b5c6d7e8f90a",
      customer: null,
      account_name: "new-signup-77",
      verified_status: "-1",
      customer_type: -1,
      is_frozen: null,
      customer_level: null,
    };
    h.fake.state.faults = [
      { api: "subCustomers", fault: { kind: "body", body: { count: 2, customer_infos: [enterprise, unverified], page_size: 10 } } },
    ];
    const res = await h.post(CUSTOMERS, { limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      count: 2,
      customer_infos: [
        {
          customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
          customer: "上海新天教育科技有限公司",
          account_name: "xintian-edu",
          associated_on: "2024-05-06T08:05:01Z",
          association_type: "2",
          verified_status: "2",
          customer_type: 1,
          is_frozen: 0,
          customer_level: "V2",
        },
        {
          customer_id: "1b2c3d4e5f60718293a4b5c6d7e8f90a",
          customer: null,
          account_name: "new-signup-77",
          verified_status: "-1",
          customer_type: -1,
        },
      ],
    });
    // What "Show customer names" does with the answer in the browser.
    const names = buildNameMap([customerQueryResponseSchema.parse(res.body).customer_infos]);
    expect(Object.fromEntries(names)).toEqual({
      "0a1b2c3d4e5f60718293a4b5c6d7e8f9": { name: "上海新天教育科技有限公司", accountName: "xintian-edu" },
      "1b2c3d4e5f60718293a4b5c6d7e8f90a": { name: null, accountName: "new-signup-77" },
    });
  });

  it("forwards the fake's own customers with Huawei's integer customer_type", async () => {
    const res = await h.post(CUSTOMERS, { limit: 100 });
    expect(res.status).toBe(200);
    const types = new Set(res.body.customer_infos?.map((info) => typeof info.customer_type));
    expect(types).toEqual(new Set(["number"]));
  });

  it("passes 400 CBC.99000037 for a reseller that is not the partner's", async () => {
    const res = await h.post(CUSTOMERS, { indirect_partner_id: foreignIds(1, 11)[0] });
    expect(res).toMatchObject({ status: 400, body: { error_code: "CBC.99000037" } });
  });

  it("refuses reseller scoping once the partner is no distributor", async () => {
    h.fake.state.bss.distributor = false;
    try {
      const reseller = dataset().resellers[0]!;
      const res = await h.post(CUSTOMERS, { indirect_partner_id: reseller.indirect_partner_id });
      expect(res).toMatchObject({ status: 400, body: { error_code: "CBC.99000037" } });
      const own = await h.post(CUSTOMERS, { limit: 1 });
      expect(own.status).toBe(200);
    } finally {
      h.fake.state.bss.distributor = true;
    }
  });
});
