import { describe, expect, it } from "vitest";
import {
  customerQueryResponseSchema,
  resellerQueryResponseSchema,
  tagQueryResponseSchema,
} from "./huawei-api.ts";

// Answers shaped the way Huawei's SDK models (BSS v2) document them; tests override what matters.
const huaweiCustomer = (overrides: Record<string, unknown> = {}) => ({
  customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
  customer: "上海新天教育科技有限公司",
  account_name: "xintian-edu",
  associated_on: "2024-05-06T08:05:01Z",
  association_type: "2",
  label: "教育",
  telephone: "13800000000",
  email: "ops@example.com",
  country_code: "0086",
  verified_status: "2",
  customer_type: 1,
  is_frozen: 0,
  account_managers: [{ account_name: "am-01" }],
  xaccount_id: "x-1",
  xaccount_type: "partner-platform",
  customer_level: "V2",
  ...overrides,
});

const huaweiReseller = (overrides: Record<string, unknown> = {}) => ({
  indirect_partner_id: "f0e1d2c3b4a5968778695a4b3c2d1e0f",
  name: "杭州云启科技有限公司",
  account_name: "yunqi-partner01",
  associated_on: "2023-01-09T02:00:00Z",
  account_manager_id: "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
  account_manager_name: "王芳",
  mobile_phone: "13900000000",
  email: "partner@example.com",
  ...overrides,
});

const customers = (...infos: unknown[]) =>
  customerQueryResponseSchema.safeParse({ count: infos.length, customer_infos: infos });
const resellers = (...partners: unknown[]) =>
  resellerQueryResponseSchema.safeParse({ count: partners.length, indirect_partners: partners });

describe("customer list answer", () => {
  it("reads a customer with Huawei's types (integer customer_type and is_frozen) and drops contact fields", () => {
    const parsed = customers(huaweiCustomer());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.customer_infos).toEqual([
      {
        customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        customer: "上海新天教育科技有限公司",
        account_name: "xintian-edu",
        associated_on: "2024-05-06T08:05:01Z",
        association_type: "2",
        label: "教育",
        verified_status: "2",
        customer_type: 1,
        is_frozen: 0,
        customer_level: "V2",
      },
    ]);
  });

  it("drops a field it does not read when it comes as null, another type or unknown, instead of failing", () => {
    const parsed = customers(
      huaweiCustomer({
        customer_type: "1",
        is_frozen: null,
        verified_status: 2,
        label: null,
        associated_on: 1_557_129_901,
        customer_level: { level: "V2" },
        association_type: ["2"],
        a_field_added_later: true,
      }),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data?.customer_infos).toEqual([
      {
        customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        customer: "上海新天教育科技有限公司",
        account_name: "xintian-edu",
      },
    ]);
  });

  it("accepts null names and a null list, and still fails when the ID or a name is not text", () => {
    expect(customers(huaweiCustomer({ customer: null, account_name: null })).success).toBe(true);
    expect(customerQueryResponseSchema.parse({ count: 0, customer_infos: null, extra: 1 })).toEqual(
      { count: 0, customer_infos: [] },
    );
    expect(customers(huaweiCustomer({ customer_id: undefined })).success).toBe(false);
    expect(customers(huaweiCustomer({ customer_id: 42 })).success).toBe(false);
    expect(customers(huaweiCustomer({ customer: 42 })).success).toBe(false);
    expect(customers(huaweiCustomer({ account_name: ["xintian-edu"] })).success).toBe(false);
  });
});

describe("reseller list answer", () => {
  it("drops contact fields and unread fields of another type, and fails on an ID or name that is not text", () => {
    const parsed = resellers(
      huaweiReseller({ associated_on: 1_673_229_600, account_manager_id: null, tier: 2 }),
    );
    expect(parsed.data?.indirect_partners).toEqual([
      {
        indirect_partner_id: "f0e1d2c3b4a5968778695a4b3c2d1e0f",
        name: "杭州云启科技有限公司",
        account_name: "yunqi-partner01",
        account_manager_name: "王芳",
      },
    ]);
    expect(resellers(huaweiReseller({ name: null, account_name: null })).success).toBe(true);
    expect(resellers(huaweiReseller({ indirect_partner_id: null })).success).toBe(false);
    expect(resellers(huaweiReseller({ name: 7 })).success).toBe(false);
    expect(resellers(huaweiReseller({ account_name: false })).success).toBe(false);
  });
});

describe("tag answer", () => {
  it("reads a null list as empty, ignores unknown fields, and fails on a tag field that is not text", () => {
    expect(tagQueryResponseSchema.parse({ new_customer_tags: null })).toEqual({
      new_customer_tags: [],
    });
    const row = {
      customer_id: "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
      customer_tag_type: "SMB",
      new_customer_tag: "Y",
      effective_time: "2026-01",
      expire_time: "2026-12",
    };
    expect(
      tagQueryResponseSchema.parse({ new_customer_tags: [{ ...row, region: "cn" }], page: 1 }),
    ).toEqual({ new_customer_tags: [row] });
    for (const broken of [
      { customer_id: 7 },
      { new_customer_tag: true },
      { expire_time: 202_612 },
      { customer_tag_type: ["SMB"] },
    ]) {
      expect(
        tagQueryResponseSchema.safeParse({ new_customer_tags: [{ ...row, ...broken }] }).success,
      ).toBe(false);
    }
  });
});
