import { addMonths, currentMonth } from "#domain/month";
import type { NewCustomerTag } from "#contract/huawei-api";
import { chineseCompany, companyName, personName, timeInMonth } from "./names.ts";
import { type Rng, chance, createRng, digits, hexId, int, pick } from "./random.ts";

/**
 * The customer record as Huawei's customer list returns it, contact fields included, with the
 * types of Huawei's SDK model `CustomerInformation`: note the integers and the numeric string.
 */
export interface SubCustomerRecord {
  customer_id: string;
  customer: string;
  account_name: string;
  associated_on: string;
  /** "1" referral, "2" resale. */
  association_type: "1" | "2";
  label: string;
  telephone: string;
  email: string;
  country_code: string;
  /** "-1" not verified, "0" in review, "1" rejected, "2" verified. */
  verified_status: "-1" | "0" | "1" | "2";
  /** -1 no type chosen yet, 0 person, 1 enterprise. */
  customer_type: -1 | 0 | 1;
  /** 0 no, 1 frozen by the partner (only resale customers can be). */
  is_frozen: 0 | 1;
  customer_level: string;
  account_managers: { account_name: string }[];
}

/** Which situation a customer's tag is in relative to the current month (for tests and demos). */
export type TagKind =
  | "none"
  | "undetermined"
  | "expired"
  | "active"
  | "expiring-this-month"
  | "expiring-next-month"
  | "not-yet-effective";

export interface FakeCustomer {
  /** The customer-list record; built lazily, on first read. */
  readonly info: SubCustomerRecord;
  /** The row the tag API returns for this customer. */
  tag: NewCustomerTag;
  kind: TagKind;
  /** The cloud reseller the customer belongs to; absent for the partner's own customers. */
  resellerId: string | undefined;
  /** Position in the data set: Huawei answers in its own order, not the request's. */
  index: number;
}

/** A cloud reseller (indirect partner) as Huawei's reseller list returns it. */
export interface FakeReseller {
  indirect_partner_id: string;
  name: string;
  account_name: string;
  associated_on: string;
  account_manager_id: string;
  account_manager_name: string;
  mobile_phone: string;
  email: string;
}

export interface Dataset {
  seed: number;
  /** The size it was asked to have, if any (otherwise about 13,000). */
  size?: number | undefined;
  /** The current month (China Standard Time) the tag dates were placed around. */
  month: string;
  /** The partner's own account (domain) ID, sent by SDKs as X-Domain-Id. */
  domainId: string;
  /** Every customer, the partner's own first, then each reseller's in reseller order. */
  customers: FakeCustomer[];
  ownCustomers: FakeCustomer[];
  resellers: FakeReseller[];
  customersByReseller: Map<string, FakeCustomer[]>;
  customerById: Map<string, FakeCustomer>;
  resellerById: Map<string, FakeReseller>;
}

/** Fixed AK/SK the fake BSS accepts by default; they unlock nothing real. */
export const DEMO_CREDENTIALS = {
  ak: "DEMOAKNEWTAGDASHBOARD0",
  sk: "demo-secret-key-for-the-fake-bss-only",
} as const;

/** The IAM user the fake IAM accepts by default. */
export const DEMO_IAM_USER = {
  domain: "demo-partner",
  user: "demo-user",
  password: "demo-password",
} as const;

export const DEFAULT_SEED = 20_260_101;

// Every month a tag date can fall on, as offsets from the current month, computed once.
const FIRST_OFFSET = -40;
function monthTable(month: string): (offset: number) => string {
  const table = Array.from({ length: 60 }, (_, i) => addMonths(month, i + FIRST_OFFSET));
  return (offset) => table[offset - FIRST_OFFSET] ?? addMonths(month, offset);
}

interface Builder {
  rng: Rng;
  seed: number;
  month: (offset: number) => string;
  taken: Set<string>;
}

function uniqueId(b: Builder): string {
  let id = hexId(b.rng);
  while (b.taken.has(id)) id = hexId(b.rng);
  b.taken.add(id);
  return id;
}

// Target mix: Y ~50%, N ~20%, UNDETERMINED ~12%, no real-name authentication ~18%.
function pickKind(rng: Rng): TagKind {
  const r = rng();
  if (r < 0.18) return "none";
  if (r < 0.3) return "undetermined";
  if (r < 0.5) return "expired";
  if (r < 0.58) return "expiring-this-month";
  if (r < 0.66) return "expiring-next-month";
  if (r < 0.72) return "not-yet-effective";
  return "active";
}

// Offsets of the effective and expire months from the current month. A tag lasts a year here;
// Huawei publishes no fixed length, only the two months.
const SPAN = 11;
function tagOffsets(rng: Rng, kind: TagKind): [effective: number, expire: number] | undefined {
  switch (kind) {
    case "none":
    case "undetermined":
      return undefined;
    case "expired": {
      const expire = -int(rng, 1, 18);
      return [expire - SPAN, expire];
    }
    case "expiring-this-month":
      return [-SPAN, 0];
    case "expiring-next-month":
      return [1 - SPAN, 1];
    case "not-yet-effective": {
      const effective = int(rng, 1, 2);
      return [effective, effective + SPAN];
    }
    case "active": {
      const expire = int(rng, 2, SPAN - 1);
      return [expire - SPAN, expire];
    }
  }
}

function tagRow(
  b: Builder,
  customerId: string,
  kind: TagKind,
  offsets: [number, number] | undefined,
): NewCustomerTag {
  if (kind === "none") {
    // Huawei leaves the tag empty without real-name authentication; seen both absent and "".
    return chance(b.rng, 0.5)
      ? { customer_id: customerId }
      : { customer_id: customerId, customer_tag_type: "", new_customer_tag: "" };
  }
  const value = kind === "undetermined" ? "UNDETERMINED" : kind === "expired" ? "N" : "Y";
  if (!offsets)
    return { customer_id: customerId, customer_tag_type: "SMB", new_customer_tag: value };
  return {
    customer_id: customerId,
    customer_tag_type: "SMB",
    new_customer_tag: value,
    effective_time: b.month(offsets[0]),
    expire_time: b.month(offsets[1]),
  };
}

// The record behind the customer list is built on first use from the customer's own seed:
// most callers only need tags, and building ~15,000 records up front took too long.
function customerInfo(
  b: Builder,
  index: number,
  id: string,
  kind: TagKind,
  offsets: [number, number] | undefined,
): SubCustomerRecord {
  const rng = createRng((b.seed ^ Math.imul(index + 1, 0x9e37_79b1)) >>> 0);
  const company = companyName(rng);
  // Stems never end in a digit, so stem + index is unique without a shared counter.
  const accountName = `${company.accountStem}${String(index + 1).padStart(2, "0")}`;
  const associated = Math.min(offsets ? offsets[0] : 0, 0) - int(rng, 0, offsets ? 2 : 30);
  // Drawn in a fixed order, so a record does not change when a rule below does.
  const associatedOn = timeInMonth(rng, b.month(associated));
  const associationType = chance(rng, 0.7) ? "1" : "2";
  const label = chance(rng, 0.2) ? pick(rng, ["重点客户", "教育", "电商", "key-account"]) : "";
  const telephone = `138${digits(rng, 8)}`;
  const verifiedStatus = kind === "none" ? pick(rng, ["-1", "0", "1"] as const) : "2";
  const enterprise = chance(rng, 0.9);
  const frozen = chance(rng, 0.03);
  return {
    customer_id: id,
    customer: company.name,
    account_name: accountName,
    associated_on: associatedOn,
    association_type: associationType,
    label,
    telephone,
    email: `${accountName}@example.com`,
    country_code: "0086",
    verified_status: verifiedStatus,
    // A customer gets a type by choosing one or by real-name authentication; until then it has none.
    customer_type: verifiedStatus === "-1" ? -1 : enterprise ? 1 : 0,
    is_frozen: frozen && associationType === "2" ? 1 : 0,
    customer_level: pick(rng, ["V0", "V0", "V1", "V1", "V2", "V3"]),
    account_managers: [{ account_name: `am-${String(int(rng, 1, 12)).padStart(2, "0")}` }],
  };
}

// A class, not an object literal with a getter, so all customers share one shape and prototype.
class LazyCustomer implements FakeCustomer {
  #info: SubCustomerRecord | undefined;
  readonly tag: NewCustomerTag;
  constructor(
    private readonly builder: Builder,
    readonly index: number,
    readonly resellerId: string | undefined,
    readonly kind: TagKind,
    private readonly offsets: [number, number] | undefined,
    id: string,
  ) {
    this.tag = tagRow(builder, id, kind, offsets);
  }
  get info(): SubCustomerRecord {
    this.#info ??= customerInfo(
      this.builder,
      this.index,
      this.tag.customer_id,
      this.kind,
      this.offsets,
    );
    return this.#info;
  }
}

function makeCustomer(b: Builder, index: number, resellerId: string | undefined): FakeCustomer {
  const id = uniqueId(b);
  const kind = pickKind(b.rng);
  return new LazyCustomer(b, index, resellerId, kind, tagOffsets(b.rng, kind), id);
}

function makeReseller(b: Builder, index: number): FakeReseller {
  const company = chineseCompany(b.rng);
  const accountName = `${company.accountStem}-partner${String(index + 1).padStart(2, "0")}`;
  return {
    indirect_partner_id: uniqueId(b),
    name: company.name,
    account_name: accountName,
    associated_on: timeInMonth(b.rng, b.month(-int(b.rng, 12, 36))),
    account_manager_id: hexId(b.rng),
    account_manager_name: personName(b.rng),
    mobile_phone: `139${digits(b.rng, 8)}`,
    email: `partner@${accountName}.example.com`,
  };
}

/** Builds the fake partner's customers and resellers; the same seed and month give the same data. */
export function createDataset(options: { seed?: number; now?: Date; customers?: number } = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const month = currentMonth(options.now ?? new Date());
  const b: Builder = { rng: createRng(seed), seed, month: monthTable(month), taken: new Set() };
  const domainId = uniqueId(b);
  const customers: FakeCustomer[] = [];
  // `customers` sets the size (benchmarks): 40 % own, the rest shared by the four resellers.
  const total = options.customers;
  const ownCount = total === undefined ? int(b.rng, 4_800, 5_200) : Math.round(total * 0.4);
  for (let i = 0; i < ownCount; i++) customers.push(makeCustomer(b, customers.length, undefined));
  const ownCustomers = customers.slice();
  const resellers: FakeReseller[] = [];
  const customersByReseller = new Map<string, FakeCustomer[]>();
  for (let r = 0; r < 4; r++) {
    const reseller = makeReseller(b, r);
    resellers.push(reseller);
    const own: FakeCustomer[] = [];
    const share = total === undefined ? 0 : Math.floor((total - ownCount) / 4) + (r < (total - ownCount) % 4 ? 1 : 0);
    const count = total === undefined ? int(b.rng, 1_000, 3_000) : share;
    for (let i = 0; i < count; i++) {
      const customer = makeCustomer(b, customers.length, reseller.indirect_partner_id);
      customers.push(customer);
      own.push(customer);
    }
    customersByReseller.set(reseller.indirect_partner_id, own);
  }
  return {
    seed,
    size: total,
    month,
    domainId,
    customers,
    ownCustomers,
    resellers,
    customersByReseller,
    customerById: new Map(customers.map((c) => [c.tag.customer_id, c])),
    resellerById: new Map(resellers.map((r) => [r.indirect_partner_id, r])),
  };
}

/** Returns the customers in scope: the partner's own, or one reseller's (undefined if unknown). */
export function customersOf(dataset: Dataset, resellerId?: string): FakeCustomer[] | undefined {
  return resellerId ? dataset.customersByReseller.get(resellerId) : dataset.ownCustomers;
}

/** Looks a customer up by ID, whoever it belongs to. */
export function findCustomer(dataset: Dataset, customerId: string): FakeCustomer | undefined {
  return dataset.customerById.get(customerId);
}

/** Looks a cloud reseller up by ID. */
export function findReseller(dataset: Dataset, resellerId: string): FakeReseller | undefined {
  return dataset.resellerById.get(resellerId);
}

/**
 * Returns well-formed 32-hex IDs that belong to nobody in any data set: they come from a stream
 * the data set never uses, and the rare 128-bit collision is checked away against `exclude`.
 */
export function foreignIds(count: number, seed = 1, exclude?: Dataset): string[] {
  const rng = createRng((seed ^ 0x5f0e_19a7) >>> 0);
  const out = new Set<string>();
  while (out.size < count) {
    const id = hexId(rng);
    if (!exclude?.customerById.has(id) && !exclude?.resellerById.has(id)) out.add(id);
  }
  return [...out];
}
