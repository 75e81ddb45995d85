import Papa from "papaparse";
import { type IdEntry, splitText, toHalfWidth, validateId } from "#domain/customer-ids";
import { type TextEncodingName, decodeText, looksLikeZip } from "#domain/decode-text";
import { type ColumnChoice, findIdColumn } from "#domain/id-table";
import { MAX_FILE_BYTES } from "./file-limits.ts";

export type FileError =
  | "empty"
  | "binary"
  | "tooLarge"
  | "noIdColumn"
  | "unreadableXlsx"
  | "unsupported";

export type FileParseResult =
  | {
      ok: true;
      name: string;
      format: "text" | "xlsx";
      /** Rows (lines) read from the file or its first sheet, header included. */
      rows: number;
      /** How the ID column was chosen; "list" when a TXT file was read as a pasted list. */
      choice: ColumnChoice | { by: "list" };
      entries: IdEntry[];
      encoding?: TextEncodingName;
    }
  | { ok: false; name: string; error: FileError };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

async function readXlsx(name: string, bytes: Uint8Array): Promise<FileParseResult> {
  // Imported on demand: most users never upload a spreadsheet, and it is the largest dependency.
  const { readSheet } = await import("read-excel-file/web-worker");
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    rows = await readSheet(buffer);
  } catch {
    return { ok: false, name, error: "unreadableXlsx" };
  }
  const table = findIdColumn(rows);
  if (!table.ok) return { ok: false, name, error: table.reason };
  return {
    ok: true,
    name,
    format: "xlsx",
    rows: table.rows,
    choice: table.choice,
    entries: table.entries,
  };
}

const DELIMITERS = ["\t", ",", ";", "|"] as const;

/**
 * The delimiter of a text table: the candidate seen most often in its first line (the header,
 * usually). Papa Parse's own guess needs many rows and misreads short files with quoted commas.
 */
export function guessDelimiter(text: string, extension: string): string {
  if (extension === "tsv") return "\t";
  const firstLine =
    text
      .slice(0, 4096)
      .split(/\r\n|\r|\n/)
      .find((line) => line.trim() !== "") ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function readText(name: string, bytes: Uint8Array): FileParseResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, name, error: decoded.reason };
  const extension = extensionOf(name);
  const parsed = Papa.parse<string[]>(decoded.text, {
    delimiter: guessDelimiter(decoded.text, extension),
  });
  const rows = parsed.data;
  // The line break after the last record is not a row of its own.
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === "")) rows.pop();
  const table = findIdColumn(rows);
  const base = { ok: true, name, format: "text", encoding: decoded.encoding } as const;
  if (table.ok && (extension !== "txt" || table.choice.by === "header")) {
    return { ...base, rows: table.rows, choice: table.choice, entries: table.entries };
  }
  if (!table.ok && table.reason === "empty") return { ok: false, name, error: "empty" };
  // A TXT file without a named column is usually a pasted list saved as is: read it like a paste.
  if (extension === "txt") {
    const entries = splitText(decoded.text);
    const valid = entries.filter(
      (entry) => validateId(toHalfWidth(entry.value)) === undefined,
    ).length;
    if (entries.length > 0 && valid / entries.length >= 0.5) {
      return { ...base, rows: rows.length, choice: { by: "list" }, entries };
    }
  }
  return { ok: false, name, error: "noIdColumn" };
}

/**
 * Reads the customer IDs of an uploaded file: XLSX by its first sheet, anything else as
 * delimited text in whatever encoding it was saved. Never throws: every failure is a reason.
 */
export async function parseFile(name: string, bytes: Uint8Array): Promise<FileParseResult> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, name, error: "tooLarge" };
  if (bytes.length === 0) return { ok: false, name, error: "empty" };
  const extension = extensionOf(name);
  // The content decides, not the name: an XLSX renamed to .csv is still a spreadsheet.
  if (looksLikeZip(bytes)) return readXlsx(name, bytes);
  if (extension === "xlsx") return { ok: false, name, error: "unreadableXlsx" };
  if (extension === "xls") return { ok: false, name, error: "unsupported" };
  return readText(name, bytes);
}
