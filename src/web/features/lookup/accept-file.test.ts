import { describe, expect, it } from "vitest";
import { fileProblem } from "./accept-file.ts";

describe("fileProblem", () => {
  it("takes CSV, TSV, TXT and XLSX by extension, whatever the case", () => {
    expect(fileProblem({ name: "客户.CSV", size: 10 })).toBeUndefined();
    expect(fileProblem({ name: "ids.tsv", size: 10 })).toBeUndefined();
    expect(fileProblem({ name: "ids.txt", size: 10 })).toBeUndefined();
    expect(fileProblem({ name: "ids.xlsx", size: 10 })).toBeUndefined();
  });

  it("names what is wrong with any other file", () => {
    expect(fileProblem({ name: "ids.xls", size: 10 })).toBe("unsupported");
    expect(fileProblem({ name: "photo.png", size: 10 })).toBe("unsupported");
    expect(fileProblem({ name: "empty.csv", size: 0 })).toBe("empty");
    expect(fileProblem({ name: "huge.csv", size: 50 * 1024 * 1024 + 1 })).toBe("tooLarge");
    expect(fileProblem({ name: "limit.csv", size: 50 * 1024 * 1024 })).toBeUndefined();
  });
});
