import { describe, expect, it } from "vitest";
import { interpolate } from "./interpolate.ts";

describe("interpolate", () => {
  it("fills named placeholders, numbers included", () => {
    expect(interpolate("{found} of {requested} found", { found: 2, requested: 3 })).toBe(
      "2 of 3 found",
    );
  });

  it("leaves a placeholder without a value visible", () => {
    expect(interpolate("Hello {name}", {})).toBe("Hello {name}");
  });

  it("does not interpret values as placeholders or markup", () => {
    expect(interpolate("{a}", { a: "{b} <b>x</b>", b: "no" })).toBe("{b} <b>x</b>");
  });
});
