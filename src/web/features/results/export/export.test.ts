import Papa from "papaparse";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { createDataset } from "#mocks/dataset";
import { encodeCsv } from "#shared/csv";
import { toResultRows } from "#shared/tag-filters";
import { en } from "../../../app/i18n/en.ts";
import { interpolate } from "../../../app/i18n/interpolate.ts";
import type { Translate } from "../../../app/i18n/i18n-context.ts";
import { zhCN } from "../../../app/i18n/zh-CN.ts";
import { exportFileName } from "./export-file-name.ts";
import { exportTable } from "./export-table.ts";
import { writeXlsx } from "./write-xlsx.ts";

const dataset = createDataset({ seed: 3, now: new Date("2026-11-20T00:00:00Z") });
const context = { month: dataset.month, soonMonths: 3 };
const customers = dataset.ownCustomers.slice(0, 50);
const translator =
  (messages: Record<string, string>): Translate =>
  (key, params) =>
    interpolate(messages[key]!, params);
const tEn = translator(en);
const tZh = translator(zhCN);

describe("exportTable", () => {
  it("writes headers and statuses in the UI language, the tag and months as Huawei sent them", () => {
    const rows = toResultRows(
      customers.map((c) => c.tag),
      context,
    );
    const table = exportTable(rows, { t: tZh, soonMonths: 3, withNames: false });
    expect(table[0]).toEqual(["客户 ID", "标签类型", "新客标签", "生效月份", "失效月份", "状态"]);
    expect(table).toHaveLength(rows.length + 1);
    rows.forEach((row, index) => {
      const line = table[index + 1]!;
      expect(line[0]).toBe(row.tag.customer_id);
      expect(line[2]).toBe(row.tag.new_customer_tag ?? "");
      expect(line[4]).toBe(row.tag.expire_time ?? "");
      expect(line[5]).toBe(interpolate(zhCN[`results.status.${row.status}`], { n: 3 }));
    });
  });

  it("adds the name columns when names are known", () => {
    const names = new Map(
      customers.map((c) => [
        c.tag.customer_id,
        { name: c.info.customer, accountName: c.info.account_name },
      ]),
    );
    const rows = toResultRows(
      customers.map((c) => c.tag),
      context,
      names,
    );
    const table = exportTable(rows, { t: tEn, soonMonths: 3, withNames: true });
    expect(table[0]!.slice(0, 3)).toEqual(["Customer ID", "Customer name", "Account name"]);
    expect(table[1]!.slice(1, 3)).toEqual([
      customers[0]!.info.customer,
      customers[0]!.info.account_name,
    ]);
  });

  it("survives a CSV round trip with a crafted name neutralised", () => {
    const tag = { ...customers[0]!.tag };
    const names = new Map([
      [tag.customer_id, { name: '=HYPERLINK("http://evil")', accountName: "a,b\nc" }],
    ]);
    const table = exportTable(toResultRows([tag], context, names), {
      t: tEn,
      soonMonths: 3,
      withNames: true,
    });
    const csv = encodeCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), {
      newline: "\r\n",
      skipEmptyLines: true,
    }).data;
    expect(parsed[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(parsed[1]![2]).toBe("a,b\nc");
  });
});

describe("writeXlsx", () => {
  it("writes a workbook that reads back as the same table", async () => {
    const names = new Map([
      [customers[1]!.tag.customer_id, { name: "=1+2 华为", accountName: null }],
    ]);
    const rows = toResultRows(
      customers.map((c) => c.tag),
      context,
      names,
    );
    const table = exportTable(rows, { t: tZh, soonMonths: 3, withNames: true });
    const blob = await writeXlsx(table, "新客标签");
    const sheet = await readSheet(Buffer.from(await blob.arrayBuffer()));
    // read-excel-file reads an empty cell as null.
    expect(sheet.map((row) => row.map((cell) => cell ?? ""))).toEqual(table);
    expect(sheet[2]![1]).toBe("=1+2 华为");
  });
});

describe("exportFileName", () => {
  it("carries the date in China Standard Time and the scope", () => {
    expect(exportFileName({ now: new Date("2026-11-29T10:00:00Z"), extension: "csv" })).toBe(
      "new-customer-tags_2026-11-29_own.csv",
    );
    expect(
      exportFileName({
        now: new Date("2026-11-29T16:30:00Z"),
        extension: "xlsx",
        scopeLabel: "ruixin-partner01",
      }),
    ).toBe("new-customer-tags_2026-11-30_ruixin-partner01.xlsx");
  });

  it("makes any reseller label safe as a file name", () => {
    expect(
      exportFileName({
        now: new Date("2026-01-01T00:00:00Z"),
        extension: "csv",
        scopeLabel: ' a/b:c*"d" 华为 ',
      }),
    ).toBe("new-customer-tags_2026-01-01_a-b-c-d-华为.csv");
    expect(
      exportFileName({
        now: new Date("2026-01-01T00:00:00Z"),
        extension: "csv",
        scopeLabel: "../",
      }),
    ).toBe("new-customer-tags_2026-01-01_own.csv");
  });
});
