import { describe, expect, it } from "vitest";
import { type CustomerInfo, customerInfoSchema } from "#contract/huawei-api";
import { createDataset } from "#testing/dataset";
import {
  PER_ID_MAX_ROWS,
  namesWanted,
  buildNameMap,
  idsToLookUp,
  listProgress,
  nextListOffset,
  toCustomerName,
} from "./name-map.ts";

const dataset = createDataset({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
// What the proxy passes on: the schema drops the contact fields of Huawei's record.
const infos: CustomerInfo[] = dataset.ownCustomers
  .slice(0, 30)
  .map((customer) => customerInfoSchema.parse(customer.info));

describe("toCustomerName", () => {
  it("keeps the real name and the account name only", () => {
    expect(toCustomerName(infos[0]!)).toEqual({
      name: dataset.ownCustomers[0]!.info.customer,
      accountName: dataset.ownCustomers[0]!.info.account_name,
    });
    expect(toCustomerName({ customer_id: "x" })).toEqual({ name: null, accountName: null });
  });
});

describe("buildNameMap", () => {
  it("maps every ID of every source, the first source winning", () => {
    const renamed = { ...infos[1]!, customer: "another name" };
    const names = buildNameMap([infos.slice(0, 10), [renamed], infos.slice(10)]);
    expect(names.size).toBe(30);
    expect(names.get(infos[1]!.customer_id)?.name).toBe(infos[1]!.customer);
    expect(JSON.stringify([...names.values()])).not.toMatch(/telephone|email|@example\.com/);
  });
});

describe("nextListOffset", () => {
  it("reads on until count rows are covered, or a short page ends it", () => {
    expect(nextListOffset(100, 0, 250, 100)).toBe(100);
    expect(nextListOffset(100, 100, 250, 100)).toBe(200);
    expect(nextListOffset(50, 200, 250, 100)).toBeUndefined();
    expect(nextListOffset(100, 100, 200, 100)).toBeUndefined();
    expect(nextListOffset(40, 0, 5000, 100)).toBeUndefined();
  });
});

describe("listProgress", () => {
  it("counts the rows read against the list's count", () => {
    const page = (n: number, count: number) => ({ count, customer_infos: infos.slice(0, n) });
    expect(listProgress([])).toEqual({ loaded: 0, total: 0 });
    expect(listProgress([page(30, 95), page(30, 95)])).toEqual({ loaded: 60, total: 95 });
    expect(listProgress([page(30, 10)])).toEqual({ loaded: 30, total: 30 });
  });
});

describe("idsToLookUp", () => {
  const ids = infos.map((info) => info.customer_id);
  it("looks up the unnamed IDs of a few rows", () => {
    const known = buildNameMap([infos.slice(0, 2)]);
    expect(idsToLookUp(ids.slice(0, 5), known, false)).toEqual(ids.slice(2, 5));
  });

  it("leaves many rows, or a finished list, to the list", () => {
    expect(idsToLookUp(ids.slice(0, PER_ID_MAX_ROWS + 1), new Map(), false)).toEqual([]);
    expect(idsToLookUp(ids.slice(0, PER_ID_MAX_ROWS), new Map(), false)).toHaveLength(
      PER_ID_MAX_ROWS,
    );
    expect(idsToLookUp(ids.slice(0, 3), new Map(), true)).toEqual([]);
  });
});

describe("namesWanted", () => {
  it("follows the user's choice whatever the rows", () => {
    expect(namesWanted(true, 100_000, 9_999_999)).toEqual({ wanted: true, declined: false });
    expect(namesWanted(false, 3, 10)).toEqual({ wanted: false, declined: false });
  });

  it("by itself, names up to 300 rows, by ID up to 20 whatever the list's size", () => {
    expect(namesWanted("auto", 20, 1_000_000)).toEqual({ wanted: true, declined: false });
    expect(namesWanted("auto", 300, undefined)).toEqual({ wanted: true, declined: false });
    expect(namesWanted("auto", 301, 10)).toEqual({ wanted: false, declined: false });
    expect(namesWanted("auto", 0, 10)).toEqual({ wanted: false, declined: false });
  });

  it("by itself, reads a list of at most 60 pages of 100 and declines a longer one", () => {
    expect(namesWanted("auto", 21, 6_000)).toEqual({ wanted: true, declined: false });
    expect(namesWanted("auto", 21, 6_001)).toEqual({ wanted: false, declined: true });
  });
});
