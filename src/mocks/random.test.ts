import { describe, expect, it } from "vitest";
import { createRng, digits, hexId, int, pick } from "./random.ts";

describe("seeded random helpers", () => {
  it("repeat the same sequence for the same seed and differ for another", () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it("stay in range", () => {
    const rng = createRng(1);
    for (let i = 0; i < 1_000; i++) {
      const n = int(rng, 3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(["x", "y"]).toContain(pick(rng, ["x", "y"]));
      expect(hexId(rng)).toMatch(/^[0-9a-f]{32}$/);
      expect(digits(rng, 8)).toMatch(/^\d{8}$/);
    }
  });

  it("refuses to pick from an empty list", () => {
    expect(() => pick(createRng(1), [])).toThrow("non-empty");
  });
});
