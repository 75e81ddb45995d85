import { describe, expect, it } from "vitest";
import { LIMITS, type NewCustomerTag } from "#contract/huawei-api";
import { handleBss } from "./bss-handlers.ts";
import { type BssState, createBssState } from "./bss-state.ts";
import { foreignIds } from "./dataset.ts";

const fresh = (): BssState => createBssState({ seed: 5, now: new Date("2026-11-15T04:00:00Z") });
const shared = fresh();
const { dataset } = shared;
const reseller = dataset.resellers[1]!;
const resellerCustomers = dataset.customersByReseller.get(reseller.indirect_partner_id)!;
const own = dataset.ownCustomers;
const idOf = (c: { tag: NewCustomerTag }) => c.tag.customer_id;

const tags = (body: object, state: BssState = shared) =>
  handleBss(state, { api: "newCustomerTags", body });
const rows = (answer: { body: unknown }) =>
  (answer.body as { new_customer_tags: NewCustomerTag[] }).new_customer_tags;

describe("tag query", () => {
  it("rejects invalid bodies with CBC.0100", () => {
    for (const body of [
      null,
      [],
      { limit: 0 },
      { limit: 201 },
      { offset: -1 },
      { customer_ids: "x" },
      { extra: 1 },
    ]) {
      const answer = handleBss(shared, { api: "newCustomerTags", body });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error_code: "CBC.0100" });
    }
    const tooMany = tags({ customer_ids: foreignIds(LIMITS.idsPerTagQuery + 1, 1) });
    expect(tooMany.status).toBe(400);
  });

  it("drops foreign IDs and answers in data-set order, not request order", () => {
    const picked = [own[30]!, own[3]!, own[17]!];
    const ids = [
      idOf(picked[0]!),
      ...foreignIds(3, 9, dataset),
      idOf(picked[1]!),
      idOf(picked[2]!),
    ];
    const answer = tags({ customer_ids: ids, limit: 200 });
    expect(answer.status).toBe(200);
    expect(rows(answer).map((r) => r.customer_id)).toEqual([
      idOf(own[3]!),
      idOf(own[17]!),
      idOf(own[30]!),
    ]);
    expect(rows(answer)[0]).toEqual(own[3]!.tag);
  });

  it("returns an empty list when every ID is foreign", () => {
    expect(rows(tags({ customer_ids: foreignIds(5, 2, dataset) }))).toEqual([]);
  });

  it("lists the partner's own customers, 10 by default, and pages without a total", () => {
    const first = tags({});
    expect(first.body).not.toHaveProperty("count");
    expect(rows(first).map((r) => r.customer_id)).toEqual(own.slice(0, 10).map(idOf));
    expect(
      rows(tags({ customer_ids: [], offset: 10, limit: 5 })).map((r) => r.customer_id),
    ).toEqual(own.slice(10, 15).map(idOf));
    expect(rows(tags({ customer_ids: null, limit: 3 }))).toHaveLength(3);
  });

  it("ends with a short last page and then an empty one", () => {
    const lastStart = Math.floor(own.length / 200) * 200;
    const last = rows(tags({ offset: lastStart, limit: 200 }));
    expect(last.length).toBe(own.length - lastStart);
    expect(last.at(-1)?.customer_id).toBe(idOf(own.at(-1)!));
    expect(rows(tags({ offset: own.length, limit: 200 }))).toEqual([]);
  });

  it("shows a reseller's customers only when that reseller is named", () => {
    const ids = [idOf(resellerCustomers[4]!), idOf(own[0]!)];
    expect(rows(tags({ customer_ids: ids })).map((r) => r.customer_id)).toEqual([idOf(own[0]!)]);
    const scoped = tags({ customer_ids: ids, indirect_partner_id: reseller.indirect_partner_id });
    expect(rows(scoped).map((r) => r.customer_id)).toEqual([idOf(resellerCustomers[4]!)]);
    const other = dataset.resellers[0]!.indirect_partner_id;
    expect(rows(tags({ customer_ids: ids, indirect_partner_id: other }))).toEqual([]);
    const all = rows(tags({ indirect_partner_id: reseller.indirect_partner_id, limit: 200 }));
    expect(all.map((r) => r.customer_id)).toEqual(resellerCustomers.slice(0, 200).map(idOf));
  });

  it("treats an empty reseller ID as absent", () => {
    expect(rows(tags({ indirect_partner_id: "" }))[0]?.customer_id).toBe(idOf(own[0]!));
  });

  it("answers CBC.99000037 for an unknown reseller", () => {
    const answer = tags({ indirect_partner_id: foreignIds(1, 4)[0]! });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error_code: "CBC.99000037",
      error_msg: expect.any(String),
    });
  });
});

const resellerList = (body: object) => handleBss(shared, { api: "indirectPartners", body });
const customerList = (body: object) => handleBss(shared, { api: "subCustomers", body });

describe("reseller list", () => {
  const list = resellerList;

  it("returns count and a page, with filters", () => {
    const all = list({}).body as {
      count: number;
      indirect_partners: { indirect_partner_id: string }[];
    };
    expect(all.count).toBe(dataset.resellers.length);
    expect(all.indirect_partners.map((r) => r.indirect_partner_id)).toEqual(
      dataset.resellers.map((r) => r.indirect_partner_id),
    );
    const paged = list({ offset: 1, limit: 2 }).body as typeof all;
    expect(paged.count).toBe(dataset.resellers.length);
    expect(paged.indirect_partners).toHaveLength(2);
    const fuzzy = reseller.account_name.slice(2, 8).toUpperCase();
    const byName = list({ account_name: fuzzy }).body as typeof all;
    expect(byName.indirect_partners.map((r) => r.indirect_partner_id)).toContain(
      reseller.indirect_partner_id,
    );
    const byId = list({ indirect_partner_id: reseller.indirect_partner_id }).body as typeof all;
    expect(byId).toEqual({ count: 1, indirect_partners: [reseller] });
  });

  it("validates limit (max 100)", () => {
    expect(list({ limit: 101 })).toMatchObject({ status: 400, body: { error_code: "CBC.0100" } });
  });
});

describe("customer list", () => {
  type Answer = { count: number; customer_infos: Record<string, unknown>[] };
  const list = customerList;

  it("returns count and full records with contact fields", () => {
    const answer = list({ limit: 100 }).body as Answer;
    expect(answer.count).toBe(own.length);
    expect(answer.customer_infos).toHaveLength(100);
    expect(answer.customer_infos[0]).toEqual(own[0]!.info);
    expect(answer.customer_infos[0]).toHaveProperty("telephone");
    expect(answer.customer_infos[0]).toHaveProperty("email");
  });

  it("filters by ID, fuzzy account name and real name, and by reseller", () => {
    const target = own[42]!.info;
    expect((list({ customer_id: target.customer_id }).body as Answer).customer_infos).toEqual([
      target,
    ]);
    const byAccount = list({ account_name: target.account_name.toUpperCase() }).body as Answer;
    expect(byAccount.customer_infos.map((c) => c.customer_id)).toContain(target.customer_id);
    const byName = list({ customer: target.customer, limit: 100 }).body as Answer;
    expect(byName.count).toBe(own.filter((c) => c.info.customer.includes(target.customer)).length);
    const scoped = list({ indirect_partner_id: reseller.indirect_partner_id }).body as Answer;
    expect(scoped.count).toBe(resellerCustomers.length);
    const hidden = list({ customer_id: resellerCustomers[0]!.info.customer_id }).body as Answer;
    expect(hidden).toEqual({ count: 0, customer_infos: [] });
  });

  it("validates limit (max 100) and the reseller", () => {
    expect(list({ limit: 101 }).status).toBe(400);
    expect(list({ indirect_partner_id: foreignIds(1, 8)[0]! }).body).toMatchObject({
      error_code: "CBC.99000037",
    });
  });
});

describe("non-distributor switch", () => {
  it("denies the reseller list and reseller scoping", () => {
    const state = fresh();
    state.distributor = false;
    expect(handleBss(state, { api: "indirectPartners", body: {} })).toEqual({
      status: 403,
      body: { error_code: "CBC.0151", error_msg: "access denied" },
    });
    const id = state.dataset.resellers[0]!.indirect_partner_id;
    expect(tags({ indirect_partner_id: id }, state).body).toMatchObject({
      error_code: "CBC.99000037",
    });
    expect(rows(tags({}, state))).toHaveLength(10);
  });
});
