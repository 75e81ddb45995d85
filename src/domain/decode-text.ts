/** The character encodings a text file is recognised in. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; reason: "empty" | "binary" };

// Enough of the file to tell text from binary without scanning 50 MB.
const SNIFF_BYTES = 64 * 1024;
// Tab, line feed, carriage return and form feed occur in text files; other C0 controls do not.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const MAX_CONTROL_SHARE = 0.02;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** True when the bytes look like a binary file (NUL bytes or many control characters), not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) controls += 1;
  }
  return length > 0 && controls / length > MAX_CONTROL_SHARE;
}

/**
 * Turns file bytes into text without asking the user: a BOM decides when present; otherwise
 * strict UTF-8, and when that fails GB18030 (a superset of GBK, what Chinese Excel saves as CSV).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {
      ok: true,
      text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
      encoding: "utf-8",
      bom: true,
    };
  }
  // UTF-16 is full of NUL bytes, so its BOM must be checked before the binary sniff.
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {
      ok: true,
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      bom: true,
    };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: true,
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      bom: true,
    };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "binary" };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      bom: false,
    };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("gb18030").decode(bytes),
      encoding: "gb18030",
      bom: false,
    };
  }
}

/** True when the bytes start like a ZIP archive, as every XLSX file does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}
