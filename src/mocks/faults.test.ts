import { describe, expect, it } from "vitest";
import {
  type FaultCall,
  type FaultRule,
  customerIdsOf,
  faultRulesSchema,
  pickFault,
} from "./faults.ts";

const call = (over: Partial<FaultCall> = {}): FaultCall => ({
  api: "newCustomerTags",
  apiCallNumber: 1,
  callNumber: 1,
  customerIds: [],
  ...over,
});
const status500 = { kind: "status", status: 500 } as const;

describe("fault rules", () => {
  it("validate with zod, including 'always' and -1", () => {
    const parsed = faultRulesSchema.safeParse([
      { fault: { kind: "hang" } },
      { api: "subCustomers", times: "always", fault: { kind: "delay", ms: 50 } },
      {
        times: -1,
        when: { nthCall: 2, customerId: "abc" },
        fault: { kind: "status", status: 429, retryAfterSeconds: 2 },
      },
    ]);
    expect(parsed.success).toBe(true);
    for (const bad of [
      [{ fault: { kind: "boom" } }],
      [{ api: "nope", fault: { kind: "reset" } }],
      [{ times: 0, fault: { kind: "reset" } }],
    ]) {
      expect(faultRulesSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("pick the first matching rule and use it up after `times` calls", () => {
    let rules: FaultRule[] = [
      { api: "subCustomers", fault: { kind: "reset" } },
      { times: 2, fault: status500 },
    ];
    const first = pickFault(rules, call());
    expect(first.fault).toEqual(status500);
    expect(first.rules[1]?.times).toBe(1);
    expect(rules[1]?.times).toBe(2); // pure: the input is untouched
    rules = first.rules;
    rules = pickFault(rules, call()).rules;
    expect(rules).toHaveLength(1);
    expect(pickFault(rules, call()).fault).toBeUndefined();
    expect(pickFault(rules, call({ api: "subCustomers" }))).toEqual({
      fault: { kind: "reset" },
      rules: [],
    });
  });

  it("keep 'always' rules forever", () => {
    const rules: FaultRule[] = [{ times: "always", fault: { kind: "malformed" } }];
    let current = rules;
    for (let i = 0; i < 5; i++) {
      const picked = pickFault(current, call());
      expect(picked.fault).toEqual({ kind: "malformed" });
      current = picked.rules;
    }
    expect(current).toEqual(rules);
  });

  it("match the n-th call of the rule's API (or of all APIs) and a named customer", () => {
    const nth: FaultRule[] = [{ api: "newCustomerTags", when: { nthCall: 3 }, fault: status500 }];
    expect(pickFault(nth, call({ apiCallNumber: 2, callNumber: 3 })).fault).toBeUndefined();
    expect(pickFault(nth, call({ apiCallNumber: 3, callNumber: 7 })).fault).toEqual(status500);
    const global: FaultRule[] = [{ when: { nthCall: 3 }, fault: status500 }];
    expect(pickFault(global, call({ apiCallNumber: 1, callNumber: 3 })).fault).toEqual(status500);
    const byCustomer: FaultRule[] = [{ when: { customerId: "c1" }, fault: { kind: "hang" } }];
    expect(pickFault(byCustomer, call({ customerIds: ["c0"] })).fault).toBeUndefined();
    expect(pickFault(byCustomer, call({ customerIds: ["c0", "c1"] })).fault).toEqual({
      kind: "hang",
    });
  });

  it("read customer IDs from either request shape", () => {
    expect(customerIdsOf({ customer_ids: ["a", 3, "b"] })).toEqual(["a", "b"]);
    expect(customerIdsOf({ customer_id: "c" })).toEqual(["c"]);
    expect(customerIdsOf("nonsense")).toEqual([]);
  });
});
