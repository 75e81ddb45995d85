import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import type { ExportTable } from "./export-table.ts";
import { writeXlsx } from "./write-xlsx.ts";

/** Two columns, one row per highlight; override what a test is about. */
function buildTable(overrides: Partial<ExportTable> = {}): ExportTable {
  return {
    header: ["客户 ID", "状态"],
    rows: [
      { cells: ["a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", "非新客（N）"], tone: "danger" },
      { cells: ["b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2", "3 个月内失效"], tone: "warning" },
      { cells: ["c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3", ""], tone: undefined },
    ],
    ...overrides,
  };
}

const about = {
  sheet: "关于此导出",
  lines: [
    ["客户范围", "我的直属客户"],
    ["筛选", "无：包含全部客户"],
  ],
};

async function write(table: ExportTable) {
  const blob = await writeXlsx({ table, sheet: "新客标签", about });
  return Buffer.from(await blob.arrayBuffer());
}

// The parts of the file that read-excel-file does not report: filters, names and styles.
function xmlOf(file: Buffer) {
  const parts = unzipSync(new Uint8Array(file));
  const text = (path: string) => strFromU8(parts[path]!);
  return {
    sheet: text("xl/worksheets/sheet1.xml"),
    workbook: text("xl/workbook.xml"),
    styles: text("xl/styles.xml"),
  };
}

// The fill colour and left border colour of the style a cell uses, as written in styles.xml.
function cellLook(xml: ReturnType<typeof xmlOf>, address: string) {
  const style = new RegExp(`<c r="${address}"(?: s="(\\d+)")?`).exec(xml.sheet);
  if (!style) throw new Error(`no cell ${address}`);
  const xfs = [...xml.styles.matchAll(/<xf [^>]*>/g)].map((match) => match[0]);
  const xf = xfs[Number(style[1] ?? 0)]!;
  const fillId = Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const borderId = Number(/borderId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const fill = [...xml.styles.matchAll(/<fill>.*?<\/fill>/g)][fillId]![0];
  const border = [...xml.styles.matchAll(/<border>.*?<\/border>/g)][borderId]![0];
  return {
    fill: /fgColor rgb="(\w+)"/.exec(fill)?.[1],
    leftBar: /<left style="thick"><color rgb="(\w+)"/.exec(border)?.[1],
  };
}

describe("writeXlsx", () => {
  it("writes the table and an About sheet that read back as written", async () => {
    const file = await write(buildTable());
    const sheets = await readXlsxFile(file);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["新客标签", "关于此导出"]);
    // read-excel-file reads an empty cell as null.
    expect(sheets[0]!.data.map((row) => row.map((cell) => cell ?? ""))).toEqual([
      ["客户 ID", "状态"],
      ["a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", "非新客（N）"],
      ["b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2", "3 个月内失效"],
      ["c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3", ""],
    ]);
    expect(sheets[1]!.data).toEqual([
      ["客户范围", "我的直属客户"],
      ["筛选", "无：包含全部客户"],
    ]);
  });

  it("puts filter buttons on the header row over the whole table", async () => {
    const xml = xmlOf(await write(buildTable()));
    expect(xml.sheet).toContain('<autoFilter ref="A1:B4"/>');
    // After the rows, as the file format orders a sheet's parts.
    expect(xml.sheet.indexOf("<autoFilter")).toBeGreaterThan(xml.sheet.indexOf("</sheetData>"));
    expect(xml.workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'新客标签'!$A$1:$B$4</definedName>`,
    );
  });

  it("fills red and amber rows as on screen, with the bar on the left edge, the rest plain", async () => {
    const xml = xmlOf(await write(buildTable()));
    // Mantine's red-0 / red-7 and yellow-0 / yellow-6, the light scheme's row tints and bars.
    expect(cellLook(xml, "A2")).toEqual({ fill: "FFFFF5F5", leftBar: "FFF03E3E" });
    expect(cellLook(xml, "B2")).toEqual({ fill: "FFFFF5F5", leftBar: undefined });
    expect(cellLook(xml, "A3")).toEqual({ fill: "FFFFF9DB", leftBar: "FFFAB005" });
    expect(cellLook(xml, "B3")).toEqual({ fill: "FFFFF9DB", leftBar: undefined });
    expect(cellLook(xml, "A4")).toEqual({ fill: undefined, leftBar: undefined });
  });

  it("keeps the fill on an empty cell of a highlighted row", async () => {
    const xml = xmlOf(
      await write(
        buildTable({ rows: [{ cells: ["d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4", ""], tone: "danger" }] }),
      ),
    );
    expect(cellLook(xml, "B2")).toEqual({ fill: "FFFFF5F5", leftBar: undefined });
  });
});
