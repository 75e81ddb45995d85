import { DEFAULT_THEME } from "@mantine/core";
import type { Tone } from "../status-look.ts";
import type { ExportTable } from "./export-table.ts";
import { autoFilter } from "./xlsx-autofilter.ts";

// The tints and left-edge bars of highlighted rows in the light colour scheme
// (results.module.css), from the same palette, so the sheet flags the rows the screen flags.
const { red, yellow } = DEFAULT_THEME.colors;
const TONE_STYLES: Record<NonNullable<Tone>, { fill: string; bar: string }> = {
  danger: { fill: red[0], bar: red[7] },
  warning: { fill: yellow[0], bar: yellow[6] },
};

export type XlsxContent = {
  table: ExportTable;
  /** The name of the table's sheet. */
  sheet: string;
  /** The second sheet: its name and its [item, value] lines. */
  about: { sheet: string; lines: readonly (readonly string[])[] };
};

function widths(lines: readonly (readonly string[])[], count: number, max: number) {
  return Array.from({ length: count }, (_, index) => ({
    width: Math.min(
      max,
      Math.max(10, ...lines.slice(0, 200).map((line) => (line[index] ?? "").length + 2)),
    ),
  }));
}

/**
 * Builds an .xlsx workbook of text cells: the table with filter buttons on its header row and the
 * rows highlighted as on screen, then a sheet that says what the export shows. The writer
 * (write-excel-file, with its zip code) is loaded on first use only, so it stays out of the page's
 * initial bundle. Cells are written as strings, never formulas, so no formula-injection guard is
 * needed here (unlike CSV).
 */
export async function writeXlsx({ table, sheet, about }: XlsxContent): Promise<Blob> {
  const { default: writeExcelFile } = await import("write-excel-file/universal");
  const { header, rows } = table;
  const data = [
    header.map((value) => ({ value, type: String, fontWeight: "bold" as const })),
    ...rows.map(({ cells, tone }) => {
      const style = tone ? TONE_STYLES[tone] : undefined;
      return cells.map((value, index) => {
        const cell = value === "" ? undefined : { value, type: String };
        // An empty cell of a highlighted row keeps the fill, so the whole row reads as flagged.
        if (!style) return cell ?? null;
        return {
          ...cell,
          backgroundColor: style.fill,
          ...(index === 0 && { leftBorderColor: style.bar, leftBorderStyle: "thick" as const }),
        };
      });
    }),
  ];
  const aboutData = about.lines.map(([item = "", value = ""]) => [
    { value: item, type: String, fontWeight: "bold" as const },
    { value, type: String, wrap: true },
  ]);
  const tableSheet = sheet.slice(0, 31);
  const lines = [header, ...rows.slice(0, 200).map((row) => row.cells)];
  return writeExcelFile(
    [
      {
        data,
        sheet: tableSheet,
        columns: widths(lines, header.length, 48),
        stickyRowsCount: 1,
      },
      { data: aboutData, sheet: about.sheet.slice(0, 31), columns: widths(about.lines, 2, 90) },
    ],
    {
      features: [
        autoFilter({
          sheetIndex: 0,
          sheetName: tableSheet,
          rows: rows.length + 1,
          columns: header.length,
        }),
      ],
    },
  ).toBlob();
}
