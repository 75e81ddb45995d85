import { describe, expect, it } from "vitest";
import { addMonths, compareMonths } from "#domain/month";
import {
  createDataset,
  customersOf,
  findCustomer,
  findReseller,
  foreignIds,
  type TagKind,
} from "./dataset.ts";

const now = new Date("2026-11-15T04:00:00Z");
const dataset = createDataset({ seed: 11, now });
const HEX32 = /^[0-9a-f]{32}$/;

describe("createDataset", () => {
  it("is deterministic for a seed and month, and differs for another seed", () => {
    const again = createDataset({ seed: 11, now: new Date("2026-11-02T00:00:00Z") });
    expect(again.customers.map((c) => c.tag)).toEqual(dataset.customers.map((c) => c.tag));
    expect(again.customers.slice(0, 50).map((c) => c.info)).toEqual(
      dataset.customers.slice(0, 50).map((c) => c.info),
    );
    expect(again.resellers).toEqual(dataset.resellers);
    const other = createDataset({ seed: 12, now });
    expect(other.customers[0]?.tag.customer_id).not.toBe(dataset.customers[0]?.tag.customer_id);
  });

  it("has about 5,000 own customers and 4 resellers with 1,000-3,000 each", () => {
    expect(dataset.month).toBe("2026-11");
    expect(dataset.ownCustomers.length).toBeGreaterThanOrEqual(4_800);
    expect(dataset.ownCustomers.length).toBeLessThanOrEqual(5_200);
    expect(dataset.resellers).toHaveLength(4);
    for (const reseller of dataset.resellers) {
      const customers = customersOf(dataset, reseller.indirect_partner_id) ?? [];
      expect(customers.length).toBeGreaterThanOrEqual(1_000);
      expect(customers.length).toBeLessThanOrEqual(3_000);
      expect(customers.every((c) => c.resellerId === reseller.indirect_partner_id)).toBe(true);
    }
  });

  it("uses unique 32-hex IDs and unique account names", () => {
    const ids = [
      dataset.domainId,
      ...dataset.customers.map((c) => c.tag.customer_id),
      ...dataset.resellers.map((r) => r.indirect_partner_id),
    ];
    expect(ids.every((id) => HEX32.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const accounts = dataset.customers.map((c) => c.info.account_name);
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(dataset.customers.every((c) => c.info.customer_id === c.tag.customer_id)).toBe(true);
  });

  it("mixes Chinese and English names and carries fake contact fields", () => {
    const names = dataset.customers.map((c) => c.info.customer);
    expect(names.some((n) => n.endsWith("有限公司"))).toBe(true);
    expect(names.some((n) => /^[A-Za-z]/.test(n))).toBe(true);
    const first = dataset.customers[0]?.info;
    expect(first?.telephone).toMatch(/^138\d{8}$/);
    expect(first?.email).toContain("@example.com");
    expect(first?.associated_on).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("spreads the tag values roughly as Huawei's partners see them", () => {
    const share = (value: string | undefined) =>
      dataset.customers.filter((c) => (c.tag.new_customer_tag || undefined) === value).length /
      dataset.customers.length;
    expect(share("Y")).toBeGreaterThan(0.4);
    expect(share("Y")).toBeLessThan(0.6);
    expect(share("N")).toBeGreaterThan(0.14);
    expect(share("UNDETERMINED")).toBeGreaterThan(0.08);
    expect(share(undefined)).toBeGreaterThan(0.12);
    const untagged = dataset.customers.filter((c) => c.kind === "none");
    expect(untagged.some((c) => !("new_customer_tag" in c.tag))).toBe(true);
    expect(untagged.some((c) => c.tag.new_customer_tag === "")).toBe(true);
    expect(
      untagged.every((c) => c.tag.effective_time === undefined && c.tag.expire_time === undefined),
    ).toBe(true);
  });

  it("places tag months so every situation occurs in quantity", () => {
    const month = dataset.month;
    const check: Record<
      Exclude<TagKind, "none" | "undetermined">,
      (effective: string, expire: string) => boolean
    > = {
      active: (e, x) => compareMonths(e, month) <= 0 && compareMonths(x, addMonths(month, 1)) > 0,
      expired: (_e, x) => compareMonths(x, month) < 0,
      "expiring-this-month": (e, x) => x === month && compareMonths(e, month) <= 0,
      "expiring-next-month": (e, x) => x === addMonths(month, 1) && compareMonths(e, month) <= 0,
      "not-yet-effective": (e) => compareMonths(e, month) > 0,
    };
    for (const [kind, holds] of Object.entries(check)) {
      const rows = dataset.customers.filter((c) => c.kind === kind);
      expect({ kind, many: rows.length > 200 }).toEqual({ kind, many: true });
      for (const { tag } of rows) {
        const ok = holds(tag.effective_time ?? "", tag.expire_time ?? "");
        expect({ kind, tag, ok }).toEqual({ kind, tag, ok: true });
        expect(tag.new_customer_tag).toBe(kind === "expired" ? "N" : "Y");
      }
    }
  });

  it("looks customers and resellers up and makes IDs that belong to nobody", () => {
    const customer = dataset.customers[7];
    expect(findCustomer(dataset, customer?.tag.customer_id ?? "")).toBe(customer);
    const reseller = dataset.resellers[2];
    expect(findReseller(dataset, reseller?.indirect_partner_id ?? "")).toBe(reseller);
    expect(customersOf(dataset, "f".repeat(32))).toBeUndefined();
    const foreign = foreignIds(500, 3, dataset);
    expect(foreign).toHaveLength(500);
    expect(
      foreign.every(
        (id) => HEX32.test(id) && !findCustomer(dataset, id) && !findReseller(dataset, id),
      ),
    ).toBe(true);
    expect(foreignIds(5, 3)).toEqual(foreign.slice(0, 5));
  });
});

describe("a data set of a chosen size", () => {
  it("has exactly that many customers, 40 % of them the partner's own", () => {
    const sized = createDataset({ now: new Date("2026-12-07T00:00:00Z"), customers: 1001 });
    expect(sized.customers).toHaveLength(1001);
    expect(sized.ownCustomers).toHaveLength(400);
    expect([...sized.customersByReseller.values()].map((list) => list.length)).toEqual([151, 150, 150, 150]);
  });
});
