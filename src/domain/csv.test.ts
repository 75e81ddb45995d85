import * as fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { encodeTsv, encodeCsv, encodeCsvCell } from "./csv.ts";

describe("encodeCsv", () => {
  it("starts with a UTF-8 byte order mark unless asked not to", () => {
    expect(encodeCsv([["a"]])).toBe("\uFEFFa\r\n");
    expect(encodeCsv([["a"]], { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(encodeCsv([["a"]], { bom: false })).toBe("a\r\n");
  });

  it("ends every record with CRLF and separates cells with commas", () => {
    expect(
      encodeCsv(
        [
          ["a", "b"],
          ["c", ""],
        ],
        { bom: false },
      ),
    ).toBe("a,b\r\nc,\r\n");
    expect(encodeCsv([], { bom: false })).toBe("");
  });

  it("quotes cells with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(encodeCsvCell("a,b")).toBe('"a,b"');
    expect(encodeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(encodeCsvCell("two\nlines")).toBe('"two\nlines"');
    expect(encodeCsvCell("two\r\nlines")).toBe('"two\r\nlines"');
    expect(encodeCsvCell("华为云 客户")).toBe("华为云 客户");
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("neutralises a cell starting with %j", (first) => {
    const cell = `${first}HYPERLINK("http://x")`;
    const encoded = encodeCsvCell(cell);
    expect(encoded.startsWith(`"'${first}`)).toBe(true);
    const [parsed] = Papa.parse<string[]>(encodeCsv([[cell]], { bom: false }), {
      newline: "\r\n",
    }).data;
    expect(parsed).toEqual([`'${cell}`]);
  });

  it("leaves dangerous characters alone when they are not first", () => {
    expect(encodeCsvCell("a=1")).toBe("a=1");
    expect(encodeCsvCell("2026-01")).toBe("2026-01");
  });

  it("round-trips any table through an RFC 4180 parser (apart from neutralised cells)", () => {
    const cell = fc.string({ unit: "grapheme", maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          const text = encodeCsv(rows, { bom: false });
          const parsed = Papa.parse<string[]>(text, {
            newline: "\r\n",
            skipEmptyLines: false,
          }).data;
          // papaparse reads the final CRLF as one more, empty record.
          const expected = rows.map((row) =>
            row.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
          );
          expect(parsed.slice(0, rows.length)).toEqual(expected);
        },
      ),
    );
  });
});

describe("encodeTsv", () => {
  it("separates cells with tabs and rows with CRLF, as Excel's own copy does, without a BOM", () => {
    expect(encodeTsv([["ID", "标签"], ["a1", "Y · 新客"]])).toBe("ID\t标签\r\na1\tY · 新客\r\n");
  });

  it("turns tabs and line breaks inside a cell into spaces, so every cell stays in its place", () => {
    expect(encodeTsv([["a\tb", "c\r\nd", "e\nf"]])).toBe("a b\tc d\te f\r\n");
  });

  it("neutralises formula triggers with an apostrophe", () => {
    expect(encodeTsv([["=1+1", "+86", "-x", "@a", "ok=1"]])).toBe("'=1+1\t'+86\t'-x\t'@a\tok=1\r\n");
  });
});
