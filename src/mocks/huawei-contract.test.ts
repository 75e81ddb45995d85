import { describe, expect, it } from "vitest";
import type { BssApi } from "#contract/huawei-api";
import { handleBss } from "./bss-handlers.ts";
import { createBssState } from "./bss-state.ts";

// The fake BSS must answer with the types Huawei documents, or tests against it prove nothing
// about Huawei. The reference is Huawei's own SDK models for BSS v2; every row below names the
// model file its type is read from.
const PYTHON =
  "huaweicloud/huaweicloud-sdk-python-v3: huaweicloud-sdk-bss/huaweicloudsdkbss/v2/model/";
const GO = "huaweicloud/huaweicloud-sdk-go-v3: services/bss/v2/model/";

type WireType = "string" | "integer" | "list" | "object";

interface Documented {
  field: string;
  type: WireType;
  /** The SDK model file (repository: path) the type is read from. */
  model: string;
  /** Values the model's description lists, when it lists them. */
  values?: readonly (string | number)[];
  /** The format the model's description gives, when it gives one. */
  format?: RegExp;
}

const MONTH = /^\d{4}-\d{2}$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** One object level of an answer: where it sits and the fields its model documents. */
interface Level {
  name: string;
  api: BssApi;
  /** Picks this level's objects out of one answer body. */
  objects: (body: Record<string, unknown>) => Record<string, unknown>[];
  fields: Documented[];
}

const list = (body: Record<string, unknown>, key: string) =>
  (body[key] as Record<string, unknown>[] | undefined) ?? [];

const LEVELS: Level[] = [
  {
    name: "ListSubCustomerNewTagResponse",
    api: "newCustomerTags",
    objects: (body) => [body],
    fields: [
      {
        field: "new_customer_tags",
        type: "list",
        model: `${PYTHON}list_sub_customer_new_tag_response.py`,
      },
    ],
  },
  {
    name: "NewCustomerTagItem",
    api: "newCustomerTags",
    objects: (body) => list(body, "new_customer_tags"),
    fields: [
      { field: "customer_id", type: "string", model: `${PYTHON}new_customer_tag_item.py` },
      // "" is what Huawei sends for a customer without real-name authentication.
      {
        field: "customer_tag_type",
        type: "string",
        model: `${PYTHON}new_customer_tag_item.py`,
        values: ["SMB", ""],
      },
      {
        field: "new_customer_tag",
        type: "string",
        model: `${PYTHON}new_customer_tag_item.py`,
        values: ["Y", "N", "UNDETERMINED", ""],
      },
      {
        field: "effective_time",
        type: "string",
        model: `${GO}model_new_customer_tag_item.go`,
        format: MONTH,
      },
      {
        field: "expire_time",
        type: "string",
        model: `${GO}model_new_customer_tag_item.go`,
        format: MONTH,
      },
    ],
  },
  {
    name: "ListIndirectPartnersResponse",
    api: "indirectPartners",
    objects: (body) => [body],
    fields: [
      { field: "count", type: "integer", model: `${PYTHON}list_indirect_partners_response.py` },
      {
        field: "indirect_partners",
        type: "list",
        model: `${PYTHON}list_indirect_partners_response.py`,
      },
    ],
  },
  {
    name: "IndirectPartnerInfo",
    api: "indirectPartners",
    objects: (body) => list(body, "indirect_partners"),
    fields: [
      { field: "indirect_partner_id", type: "string", model: `${PYTHON}indirect_partner_info.py` },
      { field: "name", type: "string", model: `${PYTHON}indirect_partner_info.py` },
      { field: "account_name", type: "string", model: `${PYTHON}indirect_partner_info.py` },
      {
        field: "associated_on",
        type: "string",
        model: `${PYTHON}indirect_partner_info.py`,
        format: UTC_TIME,
      },
      { field: "account_manager_id", type: "string", model: `${PYTHON}indirect_partner_info.py` },
      { field: "account_manager_name", type: "string", model: `${PYTHON}indirect_partner_info.py` },
      { field: "mobile_phone", type: "string", model: `${GO}model_indirect_partner_info.go` },
      { field: "email", type: "string", model: `${GO}model_indirect_partner_info.go` },
    ],
  },
  {
    name: "ListSubCustomersResponse",
    api: "subCustomers",
    objects: (body) => [body],
    fields: [
      { field: "count", type: "integer", model: `${PYTHON}list_sub_customers_response.py` },
      { field: "customer_infos", type: "list", model: `${PYTHON}list_sub_customers_response.py` },
    ],
  },
  {
    name: "CustomerInformation",
    api: "subCustomers",
    objects: (body) => list(body, "customer_infos"),
    fields: [
      { field: "customer_id", type: "string", model: `${PYTHON}customer_information.py` },
      { field: "customer", type: "string", model: `${PYTHON}customer_information.py` },
      { field: "account_name", type: "string", model: `${PYTHON}customer_information.py` },
      {
        field: "associated_on",
        type: "string",
        model: `${PYTHON}customer_information.py`,
        format: UTC_TIME,
      },
      // 1 referral, 2 resale (older models also list 3).
      {
        field: "association_type",
        type: "string",
        model: `${GO}model_customer_information.go`,
        values: ["1", "2", "3"],
      },
      { field: "label", type: "string", model: `${PYTHON}customer_information.py` },
      { field: "telephone", type: "string", model: `${PYTHON}customer_information.py` },
      { field: "email", type: "string", model: `${GO}model_customer_information.go` },
      { field: "country_code", type: "string", model: `${PYTHON}customer_information.py` },
      // A string although it holds a number: -1 not verified, 0 in review, 1 rejected, 2 verified, 3 failed.
      {
        field: "verified_status",
        type: "string",
        model: `${PYTHON}customer_information.py`,
        values: ["-1", "0", "1", "2", "3"],
      },
      // -1 no type yet, 0 person, 1 enterprise.
      {
        field: "customer_type",
        type: "integer",
        model: `${PYTHON}customer_information.py`,
        values: [-1, 0, 1],
      },
      // 0 not frozen, 1 account frozen, 2 account and resources frozen.
      {
        field: "is_frozen",
        type: "integer",
        model: `${GO}model_customer_information.go`,
        values: [0, 1, 2],
      },
      { field: "account_managers", type: "list", model: `${PYTHON}customer_information.py` },
      { field: "xaccount_id", type: "string", model: `${PYTHON}customer_information.py` },
      { field: "xaccount_type", type: "string", model: `${PYTHON}customer_information.py` },
      {
        field: "customer_level",
        type: "string",
        model: `${PYTHON}customer_information.py`,
        values: ["V0", "V1", "V2", "V3", "V4", "V5"],
      },
    ],
  },
  {
    name: "AccountManager",
    api: "subCustomers",
    objects: (body) =>
      list(body, "customer_infos").flatMap(
        (info) => (info.account_managers as Record<string, unknown>[] | undefined) ?? [],
      ),
    fields: [{ field: "account_name", type: "string", model: `${PYTHON}account_manager.py` }],
  },
];

// Only partners selling through their own platform have these; the fake's partner does not.
const NOT_IN_FAKE = new Set([
  "CustomerInformation.xaccount_id",
  "CustomerInformation.xaccount_type",
]);

// Own customers and a reseller's, full pages, so every kind of row is among them.
const state = createBssState({ seed: 7, now: new Date("2026-11-15T04:00:00Z") });
const reseller = state.dataset.resellers[0]!.indirect_partner_id;
const REQUESTS: Record<BssApi, object[]> = {
  newCustomerTags: [{ limit: 200 }, { limit: 200, offset: 200, indirect_partner_id: reseller }],
  indirectPartners: [{ limit: 100 }],
  subCustomers: [
    { limit: 100 },
    { limit: 100, offset: 300 },
    { limit: 100, indirect_partner_id: reseller },
  ],
};

/** The fake's answers as they go over the wire (JSON), per API. */
const answers = Object.fromEntries(
  Object.entries(REQUESTS).map(([api, bodies]) => [
    api,
    bodies.map((body) => {
      const answer = handleBss(state, { api: api as BssApi, body });
      if (answer.status !== 200) throw new Error(`the fake refused ${api} ${JSON.stringify(body)}`);
      return JSON.parse(JSON.stringify(answer.body)) as Record<string, unknown>;
    }),
  ]),
) as Record<BssApi, Record<string, unknown>[]>;

const objectsOf = (level: Level) => answers[level.api].flatMap(level.objects);

function wireType(value: unknown): WireType | "null" | "number" | "boolean" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as "string" | "object" | "boolean";
}

describe("the fake BSS answers with the types Huawei's SDK models document", () => {
  const rows = LEVELS.flatMap((level) =>
    level.fields.map((documented) => ({
      level,
      documented,
      key: `${level.name}.${documented.field}`,
    })),
  );

  it.each(rows)("$key is $documented.type ($documented.model)", ({ level, documented, key }) => {
    const values = objectsOf(level)
      .filter((object) => documented.field in object)
      .map((object) => object[documented.field]);
    expect(values.length > 0, `${key} never appears in the fake's answers`).toBe(
      !NOT_IN_FAKE.has(key),
    );
    const wrong = values.filter((value) => wireType(value) !== documented.type);
    expect(wrong, `${key} must be ${documented.type} (${documented.model})`).toEqual([]);
    const allowed = new Set(documented.values ?? values);
    expect(values.filter((value) => !allowed.has(value as string | number))).toEqual([]);
    const format = documented.format ?? /^/;
    expect(values.filter((value) => !format.test(String(value)))).toEqual([]);
  });

  it.each(LEVELS)("$name carries no field its model does not document", (level) => {
    const documented = new Set(level.fields.map((row) => row.field));
    const objects = objectsOf(level);
    expect(objects.length).toBeGreaterThan(0);
    const undocumented = new Set(
      objects.flatMap((object) => Object.keys(object).filter((key) => !documented.has(key))),
    );
    expect([...undocumented]).toEqual([]);
  });

  it("sends every documented customer type and verification state, as integers and strings", () => {
    const infos = answers.subCustomers.flatMap((body) => list(body, "customer_infos"));
    expect(new Set(infos.map((info) => info.customer_type))).toEqual(new Set([-1, 0, 1]));
    expect(new Set(infos.map((info) => info.verified_status))).toEqual(
      new Set(["-1", "0", "1", "2"]),
    );
    expect(new Set(infos.map((info) => info.is_frozen))).toEqual(new Set([0, 1]));
  });
});
