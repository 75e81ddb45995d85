import { describe, expect, it } from "vitest";
import { encodeGbk } from "../web/testing/gbk.ts";
import { decodeText, looksBinary, looksLikeZip } from "./decode-text.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV = "客户ID,客户名称\n0bb43f2b5a10f19c014228fb5801ab12,华为技术有限公司\n";

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(utf8(CSV))).toEqual({ ok: true, text: CSV, encoding: "utf-8", bom: false });
  });

  it("drops the UTF-8 BOM Excel writes, so the first header stays clean", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(CSV)]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: CSV, encoding: "utf-8", bom: true });
  });

  it("reads GBK bytes, as Chinese Excel saves a CSV, without being told", () => {
    const bytes = encodeGbk(CSV);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(/not valid/);
    expect(decodeText(bytes)).toEqual({ ok: true, text: CSV, encoding: "gb18030", bom: false });
  });

  it("reads UTF-16 with its BOM (Excel's 'Unicode text')", () => {
    const text = "客户ID\tname\n";
    const units = [...text].flatMap((character) => {
      const code = character.charCodeAt(0);
      return [code & 0xff, code >> 8];
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...units]))).toMatchObject({
      ok: true,
      text,
      encoding: "utf-16le",
    });
  });

  it("refuses an empty file and a binary one", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(
      decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toEqual({
      ok: false,
      reason: "binary",
    });
  });
});

describe("looksBinary", () => {
  it("accepts tabs and line breaks but not a run of control characters", () => {
    expect(looksBinary(utf8("a\tb\r\nc\f"))).toBe(false);
    expect(looksBinary(Uint8Array.from([0x41, 0x01, 0x02, 0x03, 0x42]))).toBe(true);
  });
});

describe("looksLikeZip", () => {
  it("recognises the ZIP signature every XLSX starts with", () => {
    expect(looksLikeZip(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
    expect(looksLikeZip(utf8("PK but text"))).toBe(false);
  });
});
