import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDataset, foreignIds } from "#testing/dataset";
import {
  collectIds,
  mergeParsed,
  parseIdText,
  splitText,
  toHalfWidth,
  validateId,
} from "./customer-ids.ts";

const dataset = createDataset({ seed: 11, now: new Date("2026-01-15T00:00:00Z") });
const [a, b, c, d] = dataset.ownCustomers
  .slice(0, 4)
  .map((customer) => customer.tag.customer_id) as [string, string, string, string];

describe("parseIdText", () => {
  it.each([
    ["newlines", `${a}\n${b}\r\n${c}\r${d}`],
    ["commas", `${a},${b},${c},${d}`],
    ["semicolons", `${a};${b};${c};${d}`],
    ["tabs", `${a}\t${b}\t${c}\t${d}`],
    ["spaces", `${a} ${b}  ${c} ${d}`],
    ["full-width punctuation", `${a}\uff0c${b}\uff1b${c}\u3001${d}`],
    ["the full-width space", `${a}\u3000${b}\u3000${c}\u3000${d}`],
    ["a mix of all", ` ${a} ,;\t${b}\n\n; ${c}\uff0c\n${d} `],
  ])("splits on %s", (_name, text) => {
    expect(parseIdText(text)).toEqual({
      ids: [a, b, c, d],
      duplicates: 0,
      invalid: [],
      entries: 4,
      converted: 0,
    });
  });

  it("strips quotes around values, as CSV cells and code literals have them", () => {
    expect(parseIdText(`"${a}","${b}"\n'${c}'\n\u201c${d}\u201d`).ids).toEqual([a, b, c, d]);
  });

  it("removes duplicates keeping the first order, and counts them", () => {
    expect(parseIdText([b, a, b, c, a, b].join("\n"))).toEqual({
      ids: [b, a, c],
      duplicates: 3,
      invalid: [],
      entries: 6,
      converted: 0,
    });
  });

  it("skips blanks silently and returns nothing for blank text", () => {
    expect(parseIdText("")).toEqual({
      ids: [],
      duplicates: 0,
      invalid: [],
      entries: 0,
      converted: 0,
    });
    expect(parseIdText(' \n\t ,, ;; "" \n')).toEqual({
      ids: [],
      duplicates: 0,
      invalid: [],
      entries: 0,
      converted: 0,
    });
  });

  it("lists invalid entries with their reason and line, and leaves them out of the IDs", () => {
    const long = "x".repeat(65);
    const result = parseIdText(`${a}\n${long}\nab\u2460c\n${b}\nid#1\nid#1`);
    expect(result.ids).toEqual([a, b]);
    expect(result.duplicates).toBe(1);
    expect(result.invalid).toEqual([
      { value: long, line: 2, reason: { code: "tooLong", length: 65 } },
      {
        value: "ab\u2460c",
        line: 3,
        reason: { code: "badCharacter", character: "\u2460", position: 3 },
      },
      { value: "id#1", line: 5, reason: { code: "badCharacter", character: "#", position: 3 } },
    ]);
    expect(result.entries).toBe(result.ids.length + result.invalid.length + result.duplicates);
  });

  it("keeps the case of IDs and accepts foreign-looking but well-formed ones", () => {
    const [foreign] = foreignIds(1, 3, dataset);
    expect(parseIdText(`ABC-def_1\n${foreign}`).ids).toEqual(["ABC-def_1", foreign]);
  });
});

describe("validateId", () => {
  it("accepts up to 64 characters and refuses 65", () => {
    expect(validateId("a".repeat(64))).toBeUndefined();
    expect(validateId("a".repeat(65))).toEqual({ code: "tooLong", length: 65 });
  });

  it("names the first character no customer ID has, space and full-width included", () => {
    expect(validateId("ab cd")).toEqual({ code: "badCharacter", character: " ", position: 3 });
    expect(validateId("客户1")).toEqual({ code: "badCharacter", character: "客", position: 1 });
    expect(validateId("abc\uff11")).toEqual({
      code: "badCharacter",
      character: "\uff11",
      position: 4,
    });
  });
});

describe("collectIds", () => {
  it("keeps the source and line of each invalid entry", () => {
    expect(collectIds([{ value: " bad id ", line: 7, source: "list.csv" }]).invalid).toEqual([
      {
        value: "bad id",
        line: 7,
        source: "list.csv",
        reason: { code: "badCharacter", character: " ", position: 4 },
      },
    ]);
  });

  it("numbers the lines of pasted text from 1", () => {
    expect(splitText(`${a}\n\n${b}, ${c}`)).toEqual([
      { value: a, line: 1 },
      { value: b, line: 3 },
      { value: c, line: 3 },
    ]);
  });
});

describe("mergeParsed", () => {
  it("gives the same answer as parsing all entries at once", () => {
    const first = "aaa\nbbb\nbad id!\naaa";
    const second = "ccc\nbbb\nbad id!\nddd";
    const merged = mergeParsed([parseIdText(first), parseIdText(second)]);
    const together = parseIdText(`${first}\n${second}`);
    expect(merged.ids).toEqual(together.ids);
    expect(merged.duplicates).toBe(together.duplicates);
    expect(merged.entries).toBe(together.entries);
    expect(merged.invalid.map((entry) => entry.value)).toEqual(
      together.invalid.map((entry) => entry.value),
    );
  });

  it("returns a single non-empty part as it is, and nothing for empty parts", () => {
    const only = parseIdText("aaa\nbbb");
    expect(mergeParsed([parseIdText(""), only])).toBe(only);
    expect(mergeParsed([parseIdText(" ")])).toEqual({
      ids: [],
      duplicates: 0,
      invalid: [],
      entries: 0,
      converted: 0,
    });
  });

  it("adds up the entries converted from full-width in each part", () => {
    const merged = mergeParsed([parseIdText("ａａａ\nbbb"), parseIdText("ｃｃｃ\nａａａ")]);
    expect(merged.ids).toEqual(["aaa", "bbb", "ccc"]);
    expect(merged.duplicates).toBe(1);
    expect(merged.converted).toBe(3);
  });
});

// What a Chinese IME types in full-width mode: every ASCII character shifted to U+FF01..U+FF5E.
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));

describe("full-width IDs", () => {
  it("reads IDs typed in full-width as the same IDs in ASCII, and counts them", () => {
    const typed = "３４０８５６０５ｄ７ｃ６ｂ５４ｅ０２ｂ９１ｆ３８４５３８０４ｂｆ";
    expect(parseIdText(`${typed}\nＡＢＣ－ｄｅｆ＿１\n34085605d7c6b54e02b91f38453804bf`)).toEqual({
      ids: ["34085605d7c6b54e02b91f38453804bf", "ABC-def_1"],
      duplicates: 1,
      invalid: [],
      entries: 3,
      converted: 2,
    });
  });

  it("leaves other full-width and look-alike characters alone, so the invalid list shows what was typed", () => {
    expect(parseIdText("ａｂ！ｃ\n\u2460\u2461").invalid).toEqual([
      { value: "ab！c", line: 1, reason: { code: "badCharacter", character: "！", position: 3 } },
      {
        value: "\u2460\u2461",
        line: 2,
        reason: { code: "badCharacter", character: "\u2460", position: 1 },
      },
    ]);
  });

  it("folds every full-width form of an ID to that ID, as NFKC does, and leaves ASCII IDs unchanged", () => {
    const idCharacter = fc.constantFrom(
      ..."0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_",
    );
    const id = fc
      .array(idCharacter, { minLength: 1, maxLength: 64 })
      .map((characters) => characters.join(""));
    fc.assert(
      fc.property(id, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }), (ascii, widen) => {
        // Any mix of full-width and ASCII characters in one ID, as a half-switched IME types it.
        const typed = [...ascii]
          .map((character, index) => (widen[index] ? fullWidth(character) : character))
          .join("");
        expect(toHalfWidth(ascii)).toBe(ascii);
        expect(toHalfWidth(typed)).toBe(typed.normalize("NFKC"));
        const parsed = parseIdText(typed);
        expect(parsed.ids).toEqual([ascii]);
        expect(parsed.converted).toBe(typed === ascii ? 0 : 1);
      }),
    );
  });
});
