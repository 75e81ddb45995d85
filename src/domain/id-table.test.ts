import { describe, expect, it } from "vitest";
import { createDataset } from "#testing/dataset";
import { type IdTableResult, findIdColumn } from "./id-table.ts";

function entriesOf(result: IdTableResult) {
  if (!result.ok) throw new Error(`no ID column: ${result.reason}`);
  return result.entries;
}

const dataset = createDataset({ seed: 12, now: new Date("2026-01-15T00:00:00Z") });
const customers = dataset.ownCustomers.slice(0, 5);
const ids = customers.map((customer) => customer.tag.customer_id);
const names = customers.map((customer) => customer.info.customer);

describe("findIdColumn", () => {
  it.each([
    "customer_id",
    "Customer ID",
    "CustomerId",
    "客户ID",
    "客户id",
    "客户 ID",
    "客户编号",
    "\ufeffcustomer_id",
  ])("finds the column by the header %j", (header) => {
    const rows = [["name", header], ...customers.map((_, index) => [names[index]!, ids[index]!])];
    const result = findIdColumn(rows);
    expect(result).toMatchObject({ ok: true, choice: { by: "header", column: 1 }, rows: 6 });
    expect(entriesOf(result)).toEqual(ids.map((value, index) => ({ value, line: index + 2 })));
  });

  it("finds an unnamed column by its values, and sees that the first row is a header", () => {
    const rows = [["名称", "编码"], ...customers.map((_, index) => [names[index]!, ids[index]!])];
    expect(findIdColumn(rows)).toMatchObject({
      ok: true,
      choice: { by: "values", column: 1, share: 1, header: "编码" },
    });
  });

  it("finds a column of IDs typed in full-width by its values", () => {
    const typed = ids.map((id) =>
      id.replace(/[0-9a-f]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0)),
    );
    const rows = [["名称", "编码"], ...customers.map((_, index) => [names[index]!, typed[index]!])];
    expect(findIdColumn(rows)).toMatchObject({
      ok: true,
      choice: { by: "values", column: 1, share: 1, header: "编码" },
    });
  });

  it("reads a header-less file from its first row", () => {
    const rows = customers.map((_, index) => [ids[index]!, names[index]!]);
    const result = findIdColumn(rows);
    expect(result).toMatchObject({ ok: true, choice: { by: "values", column: 0 } });
    expect(entriesOf(result).map((entry) => entry.value)).toEqual(ids);
  });

  it("keeps row numbers across blank rows and skips blank cells", () => {
    const rows = [[], ["customer_id"], [ids[0]!], [""], [], [ids[1]!]];
    const result = findIdColumn(rows);
    expect(entriesOf(result)).toEqual([
      { value: ids[0], line: 3 },
      { value: ids[1], line: 6 },
    ]);
  });

  it("reads numbers and other cell types of a sheet as text", () => {
    const result = findIdColumn([["ID"], [12345], [null], ["abc"]]);
    expect(result).toMatchObject({ ok: true, choice: { by: "header", header: "ID" } });
    expect(entriesOf(result).map((entry) => entry.value)).toEqual(["12345", "abc"]);
  });

  it("takes a single column of valid non-hex IDs as a plain list", () => {
    expect(findIdColumn([["cust-1"], ["cust-2"]])).toMatchObject({
      ok: true,
      choice: { by: "single" },
    });
  });

  it("says when there is no ID column, and when the table is empty", () => {
    expect(findIdColumn([["name", "city"], ...names.map((name) => [name, "深圳"])])).toEqual({
      ok: false,
      reason: "noIdColumn",
      rows: 6,
    });
    expect(findIdColumn([[], ["", " "]])).toEqual({ ok: false, reason: "empty", rows: 2 });
  });
});
