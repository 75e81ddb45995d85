import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "#domain/tag-filters";
import { catalogs } from "../../../testing/catalogs.ts";
import { aboutExport, type AboutExportInput } from "./export-about.ts";


/** An export of 120 of 1,300 own customers, unfiltered and unsorted; override what matters. */
function buildAbout(overrides: Partial<AboutExportInput> = {}): AboutExportInput {
  return {
    t: catalogs.en.t,
    locale: "en",
    scope: "Your own customers",
    rowCount: 120,
    totalCount: 1300,
    columns: ["Customer ID", "New-customer tag", "Status"],
    filters: NO_FILTERS,
    sort: undefined,
    soonMonths: 3,
    month: "2026-11",
    generatedAt: new Date("2026-11-29T10:00:05Z"),
    ...overrides,
  };
}

describe("aboutExport", () => {
  it("says in English what the file shows: scope, rows, columns, filters, sort, month rule, time", () => {
    const lines = aboutExport(
      buildAbout({
        scope: "Reseller: 上海新天教育",
        filters: {
          statuses: ["expired", "expiringSoon"],
          tags: ["N", "empty"],
          tagTypes: ["NEW", ""],
          resellers: ["", "IP-7"],
          effective: { from: "2026-01" },
          expire: { from: "2026-03", to: "2026-12" },
          query: " xintian ",
        },
        sort: { column: "expire", desc: true },
        resellerName: (id) => (id === null ? "Own customers" : `上海新天 (${id})`),
      }),
    );
    expect(lines).toEqual([
      ["Customers", "Reseller: 上海新天教育"],
      ["Rows", "120 rows, of 1,300 customers"],
      ["Columns", "Customer ID, New-customer tag, Status"],
      ["Filters", "Status: Expired or Expiring within 3 months"],
      ["", "New-customer tag: N or Empty (No real-name authentication)"],
      ["", "Tag type: NEW or (none)"],
      ["", "Reseller: Own customers or 上海新天 (IP-7)"],
      ["", "Effective month: from 2026-01"],
      ["", "Expire month: 2026-03 to 2026-12"],
      ["", "Search: xintian"],
      ["Sort", "Expire month, sorted descending"],
      [
        "Current month",
        "Statuses are derived in China Standard Time (UTC+8), Huawei's business calendar. The current month is 2026-11: “Expires this month” means the tag expires in 2026-11; “Expiring within 3 months” means it expires from 2026-12 to 2027-02.",
      ],
      ["Generated", "2026-11-29 18:00:05 China Standard Time (UTC+8)"],
    ]);
  });

  it("says it in Chinese, with no filters, no sort and only part of the list loaded", () => {
    const lines = aboutExport(
      buildAbout({
        t: catalogs["zh-CN"].t,
        locale: "zh-CN",
        scope: "我的直属客户",
        rowCount: 200,
        totalCount: 200,
        loadedOnly: 200,
        columns: ["客户 ID", "状态"],
        soonMonths: 6,
        month: "2026-12",
        generatedAt: new Date("2026-11-30T16:30:00Z"),
      }),
    );
    expect(lines).toEqual([
      ["客户范围", "我的直属客户"],
      ["行数", "200 行（共 200 个客户）"],
      ["", "生成此文件时只加载了 200 个客户；文件只包含这些客户。"],
      ["列", "客户 ID、状态"],
      ["筛选", "无：包含全部客户"],
      ["排序", "未排序：按查询或加载的顺序"],
      [
        "当前月份",
        "状态按中国标准时间（UTC+8，华为云的业务日历）计算。当前月份为 2026-12：“本月失效”指标签在 2026-12 失效；“6 个月内失效”指标签在 2027-01 至 2027-06 之间失效。",
      ],
      ["生成时间", "2026-12-01 00:30:00（中国标准时间 UTC+8）"],
    ]);
  });

  it("says when the file holds only the rows ticked in the table", () => {
    const lines = aboutExport(buildAbout({ rowCount: 4, selected: true }));
    expect(lines.slice(0, 3)).toEqual([
      ["Customers", "Your own customers"],
      ["Rows", "4 rows, of 1,300 customers"],
      ["", "Only the 4 rows ticked in the table"],
    ]);
  });
});
