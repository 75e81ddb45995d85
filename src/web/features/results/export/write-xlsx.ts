/**
 * Builds an .xlsx workbook of text cells. The writer (write-excel-file, with its zip code) is
 * loaded on first use only, so it stays out of the page's initial bundle. Cells are written as
 * strings, never formulas, so no formula-injection guard is needed here (unlike CSV).
 */
export async function writeXlsx(
  table: readonly (readonly string[])[],
  sheet: string,
): Promise<Blob> {
  const { default: writeExcelFile } = await import("write-excel-file/universal");
  const [header = [], ...body] = table;
  const data = [
    header.map((value) => ({ value, type: String, fontWeight: "bold" as const })),
    ...body.map((row) => row.map((value) => (value === "" ? null : { value, type: String }))),
  ];
  const columns = header.map((_, index) => ({
    width: Math.min(
      48,
      Math.max(10, ...table.slice(0, 200).map((row) => (row[index] ?? "").length + 2)),
    ),
  }));
  return writeExcelFile(data, { sheet: sheet.slice(0, 31), columns, stickyRowsCount: 1 }).toBlob();
}
