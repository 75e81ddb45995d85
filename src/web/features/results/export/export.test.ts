import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { encodeCsv } from "#domain/csv";
import type { NewCustomerTag } from "#contract/huawei-api";
import { toResultRows, type CustomerNames } from "#domain/tag-filters";
import { catalogs } from "../../../testing/catalogs.ts";
import { tableColumns, visibleColumns } from "../table-columns.ts";
import { exportTable, tableLines } from "./export-table.ts";

const tEn = catalogs.en.t;
const tZh = catalogs["zh-CN"].t;

// The current month of every test here; "soon" means up to three months ahead (2027-02).
const context = { month: "2026-11", soonMonths: 3 };

/** A Y tag, active in 2026-11; override what a test is about. */
function buildTag(overrides: Partial<NewCustomerTag> = {}): NewCustomerTag {
  return {
    customer_id: "0123456789abcdef0123456789abcdef",
    customer_tag_type: "NEW",
    new_customer_tag: "Y",
    effective_time: "2026-05",
    expire_time: "2027-05",
    ...overrides,
  };
}

const active = buildTag({ customer_id: "a1".repeat(16) });
const notNew = buildTag({ customer_id: "b2".repeat(16), new_customer_tag: "N" });
const soon = buildTag({ customer_id: "c3".repeat(16), expire_time: "2027-01" });
const noTag = buildTag({
  customer_id: "d4".repeat(16),
  customer_tag_type: null,
  new_customer_tag: null,
  effective_time: null,
  expire_time: null,
});
const names: CustomerNames = new Map([
  [active.customer_id, { name: "上海新天教育", accountName: "xintian01" }],
]);

describe("visibleColumns", () => {
  it("lists the table's columns left to right without the hidden ones; the ID always stays", () => {
    expect(tableColumns(true)).toEqual([
      "id",
      "name",
      "type",
      "tag",
      "effective",
      "expire",
      "status",
    ]);
    expect(tableColumns(false)).toEqual(["id", "type", "tag", "effective", "expire", "status"]);
    expect(visibleColumns(true, ["type", "effective"])).toEqual([
      "id",
      "name",
      "tag",
      "expire",
      "status",
    ]);
    // The name column cannot show without names, hidden or not.
    expect(visibleColumns(false, ["status"])).toEqual(["id", "type", "tag", "effective", "expire"]);
  });

  it("has a Reseller column, after the ID, only for rows of every scope", () => {
    expect(tableColumns(false, true)).toEqual(["id", "reseller", "type", "tag", "effective", "expire", "status"]);
    expect(visibleColumns(true, ["type"], undefined, true)).toEqual([
      "id",
      "reseller",
      "name",
      "tag",
      "effective",
      "expire",
      "status",
    ]);
    expect(visibleColumns(false, ["reseller", "status"], undefined, true)).toEqual(["id", "type", "tag", "effective", "expire"]);
  });
});

describe("exportTable", () => {
  it("writes only the visible columns, in the table's order, in Chinese", () => {
    const rows = toResultRows([active, notNew, noTag], context);
    const table = exportTable(rows, {
      t: tZh,
      soonMonths: 3,
      columns: visibleColumns(false, ["type", "effective"]),
    });
    expect(tableLines(table)).toEqual([
      ["客户 ID", "新客标签", "失效月份", "状态"],
      [active.customer_id, "Y", "2027-05", "生效中"],
      [notNew.customer_id, "N", "2027-05", "非新客（N）"],
      [noTag.customer_id, "", "", "未实名认证"],
    ]);
  });

  it("writes the name column as name and account name, in English, hiding the status", () => {
    const rows = toResultRows([active, soon], context, names);
    const table = exportTable(rows, {
      t: tEn,
      soonMonths: 3,
      columns: visibleColumns(true, ["status", "tag"]),
    });
    expect(tableLines(table)).toEqual([
      [
        "Customer ID",
        "Customer name",
        "Account name",
        "Tag type",
        "Effective month",
        "Expire month",
      ],
      [active.customer_id, "上海新天教育", "xintian01", "NEW", "2026-05", "2027-05"],
      [soon.customer_id, "", "", "NEW", "2026-05", "2027-01"],
    ]);
  });

  it("writes each row's reseller for rows of every scope", () => {
    const theirs = { ...notNew, indirect_partner_id: "r-1" };
    const rows = toResultRows([active, theirs], context, undefined, (id) => (id === null ? "自有客户" : `经销商 ${id}`));
    const table = exportTable(rows, {
      t: tZh,
      soonMonths: 3,
      columns: visibleColumns(false, ["type", "effective", "expire"], undefined, true),
    });
    expect(tableLines(table)).toEqual([
      ["客户 ID", "云经销商", "新客标签", "状态"],
      [active.customer_id, "自有客户", "Y", "生效中"],
      [notNew.customer_id, "经销商 r-1", "N", "非新客（N）"],
    ]);
  });

  it("writes every column when none is hidden, the status naming the chosen months", () => {
    const rows = toResultRows([soon], { month: "2026-11", soonMonths: 6 });
    const table = exportTable(rows, { t: tEn, soonMonths: 6, columns: visibleColumns(false, []) });
    expect(tableLines(table)).toEqual([
      ["Customer ID", "Tag type", "New-customer tag", "Effective month", "Expire month", "Status"],
      [soon.customer_id, "NEW", "Y", "2026-05", "2027-01", "Expiring within 6 months"],
    ]);
  });

  it("gives each row the highlight it has on screen", () => {
    const expired = buildTag({ customer_id: "e5".repeat(16), expire_time: "2026-10" });
    const thisMonth = buildTag({ customer_id: "f6".repeat(16), expire_time: "2026-11" });
    const rows = toResultRows([active, notNew, soon, noTag, expired, thisMonth], context);
    const table = exportTable(rows, { t: tEn, soonMonths: 3, columns: ["id"] });
    expect(table.rows.map((row) => row.tone)).toEqual([
      undefined,
      "danger",
      "warning",
      undefined,
      "danger",
      "warning",
    ]);
  });

  it("survives a CSV round trip with a crafted name neutralised", () => {
    const crafted = new Map([
      [active.customer_id, { name: '=HYPERLINK("http://evil")', accountName: "a,b\nc" }],
    ]);
    const table = exportTable(toResultRows([active], context, crafted), {
      t: tEn,
      soonMonths: 3,
      columns: ["id", "name"],
    });
    const csv = encodeCsv(tableLines(table));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), {
      newline: "\r\n",
      skipEmptyLines: true,
    }).data;
    expect(parsed).toEqual([
      ["Customer ID", "Customer name", "Account name"],
      [active.customer_id, `'=HYPERLINK("http://evil")`, "a,b\nc"],
    ]);
  });
});
