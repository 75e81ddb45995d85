import { LIMITS } from "../contract/huawei-constants.ts";

/** Why an entry cannot be a customer ID; the UI turns the code into words in both languages. */
export type InvalidReason =
  | { code: "tooLong"; length: number }
  | { code: "badCharacter"; character: string; position: number };

/** One value as the user supplied it: a pasted token or a file cell, with where it came from. */
export type IdEntry = {
  value: string;
  /** 1-based line of the pasted text or row of the file. */
  line?: number;
  /** Which list it came from (a file name), when there are several. */
  source?: string;
};

export type InvalidEntry = IdEntry & { reason: InvalidReason };

/** The outcome of reading entries: what will be queried and what will not, and why. */
export type IdParseResult = {
  /** Valid IDs, de-duplicated, in the order first seen. */
  ids: string[];
  /** Entries left out as repeats of an earlier one (valid or invalid). */
  duplicates: number;
  /** Distinct invalid entries, each with its reason, in the order first seen. */
  invalid: InvalidEntry[];
  /** Non-empty entries read, repeats included: `ids + invalid + duplicates`. */
  entries: number;
  /** Entries, repeats included, typed with full-width letters or digits and read as ASCII. */
  converted: number;
};

// Huawei allows up to 64 characters; real IDs are 32 lowercase hex, but letters of either case,
// digits, "_" and "-" are accepted so that an unusual but real ID is never refused by us.
const ID_CHARACTER = /[A-Za-z0-9_-]/;

// Separators: whitespace (incl. the full-width space), ASCII and full-width commas and
// semicolons, and the ideographic enumeration comma Chinese keyboards type between items.
const SEPARATORS = /[\s,;\uff0c\uff1b\u3001]+/u;
// Quotes around a value (CSV cells, code literals, Chinese quotes) are not part of it.
const EDGE_QUOTES =
  /^["'`\u201c\u201d\u2018\u2019\u300c\u300d]+|["'`\u201c\u201d\u2018\u2019\u300c\u300d]+$/gu;

/** Trims a value and strips the quotes around it; "" means there was nothing there. */
export function cleanValue(value: string): string {
  return value.trim().replace(EDGE_QUOTES, "").trim();
}

// The full-width forms of the ID characters (a Chinese IME in full-width mode types `３４０８…ｂｆ`).
// Only these are folded: NFKC on everything would also turn `①` or `²` into digits silently.
const FULL_WIDTH_ID_CHARACTER = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0d\uff3f]/gu;

/** Folds full-width letters, digits, `－` and `＿` to their ASCII forms (NFKC), leaving every other character as it is. */
export function toHalfWidth(value: string): string {
  return value.replace(FULL_WIDTH_ID_CHARACTER, (character) => character.normalize("NFKC"));
}

/** Why `id` (already cleaned) is not a valid customer ID, or undefined when it is one. */
export function validateId(id: string): InvalidReason | undefined {
  const characters = [...id];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!;
    if (!ID_CHARACTER.test(character))
      return { code: "badCharacter", character, position: index + 1 };
  }
  if (characters.length > LIMITS.idLength) return { code: "tooLong", length: characters.length };
  return undefined;
}

/** Splits pasted text into entries (any mix of separators and quotes), numbering their lines. */
export function splitText(text: string): IdEntry[] {
  const entries: IdEntry[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    for (const token of lines[index]!.split(SEPARATORS)) {
      const value = cleanValue(token);
      if (value) entries.push({ value, line: index + 1 });
    }
  }
  return entries;
}

/** Validates and de-duplicates entries; blanks are skipped silently, as they carry no ID. */
export function collectIds(entries: Iterable<IdEntry>): IdParseResult {
  const seen = new Set<string>();
  const ids: string[] = [];
  const invalid: InvalidEntry[] = [];
  let duplicates = 0;
  let count = 0;
  let converted = 0;
  for (const entry of entries) {
    const cleaned = cleanValue(entry.value);
    if (!cleaned) continue;
    count += 1;
    // Folded before de-duplication, so `ａｂｃ` and `abc` are one ID.
    const value = toHalfWidth(cleaned);
    if (value !== cleaned) converted += 1;
    if (seen.has(value)) {
      duplicates += 1;
      continue;
    }
    seen.add(value);
    const reason = validateId(value);
    if (reason) invalid.push({ ...entry, value, reason });
    else ids.push(value);
  }
  return { ids, duplicates, invalid, entries: count, converted };
}

/**
 * Combines lists parsed apart (in a worker, say) as if their entries had been read in one go:
 * the first occurrence of a value wins, later ones count as duplicates.
 */
export function mergeParsed(all: readonly IdParseResult[]): IdParseResult {
  const parts = all.filter((part) => part.entries > 0);
  if (parts.length === 0) return { ids: [], duplicates: 0, invalid: [], entries: 0, converted: 0 };
  // One list alone is already de-duplicated: no need to walk 100,000 IDs again.
  if (parts.length === 1 && parts[0]) return parts[0];
  const seen = new Set<string>();
  const ids: string[] = [];
  const invalid: InvalidEntry[] = [];
  let duplicates = 0;
  let entries = 0;
  let converted = 0;
  for (const part of parts) {
    duplicates += part.duplicates;
    entries += part.entries;
    converted += part.converted;
    for (const id of part.ids) {
      if (seen.has(id)) duplicates += 1;
      else {
        seen.add(id);
        ids.push(id);
      }
    }
    for (const entry of part.invalid) {
      if (seen.has(entry.value)) duplicates += 1;
      else {
        seen.add(entry.value);
        invalid.push(entry);
      }
    }
  }
  return { ids, duplicates, invalid, entries, converted };
}

/** Reads pasted text: split, trimmed, validated, de-duplicated in first-seen order. */
export function parseIdText(text: string): IdParseResult {
  return collectIds(splitText(text));
}
