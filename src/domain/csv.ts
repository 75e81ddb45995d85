// CSV as Excel and LibreOffice read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order
// mark so Excel on Windows does not read Chinese names as mojibake.
//
// Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose text starts with =, +, -, @,
// tab or carriage return may be run as a formula when the file is opened. Customer names and IDs
// come from upstream and could be crafted, so such cells get a leading apostrophe, which makes the
// spreadsheet treat them as text, and are always quoted.

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);
const NEEDS_QUOTES = /[",\r\n]/;
const BOM = "\uFEFF";

export type CsvOptions = {
  /** Prefix the UTF-8 byte order mark (default true: Excel needs it for non-ASCII text). */
  bom?: boolean;
};

/** Neutralises one cell against formula injection and quotes it when RFC 4180 requires it. */
export function encodeCsvCell(value: string): string {
  const dangerous = value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0));
  const text = dangerous ? `'${value}` : value;
  if (dangerous || NEEDS_QUOTES.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Encodes rows of cells as CSV text (CRLF after every record, BOM first unless turned off). */
export function encodeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const { bom = true } = options;
  let out = bom ? BOM : "";
  for (const row of rows) out += row.map(encodeCsvCell).join(",") + "\r\n";
  return out;
}

/**
 * Rows of cells as tab-separated text for the clipboard, as Excel and WPS paste it into cells:
 * tabs between cells, CRLF after rows, no quoting (a tab or line break inside a cell becomes a
 * space, so no cell moves) and the same guard against formulas as the CSV.
 */
export function encodeTsv(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) {
    out += row
      .map((value) => {
        const text = value.replace(/\r\n|[\t\r\n]/g, " ");
        return text.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${text}` : text;
      })
      .join("\t");
    out += "\r\n";
  }
  return out;
}
