import { describe, expect, it } from "vitest";
import { splitIds } from "./split-ids.ts";

describe("splitIds", () => {
  it("splits on newlines, spaces, tabs, commas and semicolons", () => {
    expect(splitIds("a\nb c\td,e;f\r\ng")).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("splits on full-width Chinese punctuation", () => {
    expect(splitIds("a\uff0cb\uff1bc\u3001d")).toEqual(["a", "b", "c", "d"]);
  });

  it("drops empty pieces and surrounding blanks", () => {
    expect(splitIds("  ,, a ;;\n\n b  ")).toEqual(["a", "b"]);
  });

  it("removes duplicates, keeping the first occurrence's position", () => {
    expect(splitIds("b a b c a")).toEqual(["b", "a", "c"]);
  });

  it("returns nothing for blank input", () => {
    expect(splitIds("")).toEqual([]);
    expect(splitIds(" \n\t ")).toEqual([]);
  });
});
