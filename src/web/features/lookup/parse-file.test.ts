import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { createDataset } from "#testing/dataset";
import { encodeGbk } from "../../testing/gbk.ts";
import { MAX_FILE_BYTES } from "./file-limits.ts";
import { parseFile } from "./parse-file.ts";

const dataset = createDataset({ seed: 15, now: new Date("2026-01-15T00:00:00Z") });
const customers = dataset.ownCustomers.slice(0, 4);
const ids = customers.map((customer) => customer.tag.customer_id);
const utf8 = (text: string) => new TextEncoder().encode(text);
const valuesOf = (result: Awaited<ReturnType<typeof parseFile>>) =>
  result.ok ? result.entries.map((entry) => entry.value) : result.error;

describe("parseFile", () => {
  it("reads a GBK CSV with a Chinese header, as Chinese Excel saves it", async () => {
    const csv = `客户名称,客户ID\r\n${customers.map((c) => `${c.info.customer},${c.tag.customer_id}`).join("\r\n")}\r\n`;
    const result = await parseFile("客户.csv", encodeGbk(csv));
    expect(result).toMatchObject({
      ok: true,
      encoding: "gb18030",
      choice: { by: "header", header: "客户ID" },
      rows: 5,
    });
    expect(valuesOf(result)).toEqual(ids);
  });

  it("detects tabs and semicolons as delimiters, and handles quoted fields", async () => {
    const tsv = `name\tCustomer ID\n"Acme, Inc."\t${ids[0]}\n"Say ""hi"""\t${ids[1]}\n`;
    expect(valuesOf(await parseFile("list.tsv", utf8(tsv)))).toEqual(ids.slice(0, 2));
    const semicolons = `\ufeffcustomer_id;note\n${ids[2]};"a;b"\n`;
    expect(valuesOf(await parseFile("list.csv", utf8(semicolons)))).toEqual([ids[2]]);
  });

  it("reads a TXT list of IDs separated any way, like a paste", async () => {
    expect(
      valuesOf(await parseFile("ids.txt", utf8(`${ids[0]}, ${ids[1]}; ${ids[2]}\n${ids[3]}`))),
    ).toEqual(ids);
  });

  it("reads the first sheet of an XLSX file, numbers and blanks included", async () => {
    const sheet = [
      [{ value: "Name" }, { value: "客户 ID" }],
      ...customers.map((c) => [{ value: c.info.customer }, { value: c.tag.customer_id }]),
      [null, { value: 42, type: Number }],
    ];
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const result = await parseFile("ids.xlsx", bytes);
    expect(result).toMatchObject({ ok: true, format: "xlsx", choice: { by: "header", column: 1 } });
    expect(valuesOf(result)).toEqual([...ids, "42"]);
  });

  it.each([
    ["empty", "a.csv", new Uint8Array()],
    ["binary", "a.csv", Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50])],
    ["noIdColumn", "a.csv", utf8("name,city\nAcme,Shenzhen\nBeta,Beijing\n")],
    ["unreadableXlsx", "a.xlsx", utf8("this is not a spreadsheet")],
    ["unreadableXlsx", "a.xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ["empty", "a.csv", utf8("\n\n , \n")],
  ])("refuses with %j: %s", async (error, name, bytes) => {
    expect(await parseFile(name, bytes)).toEqual({ ok: false, name, error });
  });

  it("refuses a file over 50 MB without reading it", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(await parseFile("big.csv", big)).toEqual({
      ok: false,
      name: "big.csv",
      error: "tooLarge",
    });
  });
});
