import { describe, expect, it } from "vitest";
import { createDataset } from "#testing/dataset";
import { ApiError } from "../../lib/api-error.ts";
import {
  checkResellerId,
  isNotDistributor,
  matchesReseller,
  resellerLabel,
} from "./reseller-text.ts";

const { resellers } = createDataset({ seed: 7, now: new Date("2026-01-15T00:00:00Z") });
const reseller = resellers[0]!;

describe("resellerLabel", () => {
  it("prefers the name, then the account name, then the ID", () => {
    expect(resellerLabel(reseller)).toBe(reseller.name);
    expect(resellerLabel({ ...reseller, name: "" })).toBe(reseller.account_name);
    expect(resellerLabel({ ...reseller, name: null, account_name: undefined })).toBe(
      reseller.indirect_partner_id,
    );
  });
});

describe("matchesReseller", () => {
  it("finds a reseller by part of its name, account name or ID, ignoring case", () => {
    expect(matchesReseller(reseller, reseller.name.slice(1, 3))).toBe(true);
    expect(matchesReseller(reseller, reseller.account_name.toUpperCase())).toBe(true);
    expect(matchesReseller(reseller, reseller.indirect_partner_id.slice(-6))).toBe(true);
    expect(matchesReseller(reseller, "  ")).toBe(true);
    expect(matchesReseller(reseller, "no such reseller anywhere")).toBe(false);
  });
});

describe("checkResellerId", () => {
  it("accepts an ID, trimmed", () => {
    expect(checkResellerId(`  ${reseller.indirect_partner_id}\n`)).toEqual({
      ok: true,
      id: reseller.indirect_partner_id,
    });
  });

  it("names what is wrong", () => {
    expect(checkResellerId("   ")).toEqual({ ok: false, problem: "empty" });
    expect(checkResellerId("a".repeat(65))).toEqual({ ok: false, problem: "tooLong", length: 65 });
    expect(checkResellerId("a".repeat(64)).ok).toBe(true);
    expect(checkResellerId("abc def")).toEqual({
      ok: false,
      problem: "badCharacter",
      character: " ",
    });
    expect(checkResellerId("abc，def")).toEqual({
      ok: false,
      problem: "badCharacter",
      character: "，",
    });
    expect(checkResellerId('"abc"')).toEqual({
      ok: false,
      problem: "badCharacter",
      character: '"',
    });
  });
});

describe("isNotDistributor", () => {
  it("recognises Huawei's access refusals of the reseller list only", () => {
    const refusal = (code: string, status = 403) => new ApiError({ status, code, message: "" });
    expect(isNotDistributor(refusal("CBC.0151"))).toBe(true);
    expect(isNotDistributor(refusal("CBC.0155"))).toBe(true);
    expect(isNotDistributor(refusal("CBC.0150"))).toBe(true);
    expect(isNotDistributor(refusal("CBC.0154", 401))).toBe(false);
    expect(isNotDistributor(refusal("PROXY.0503", 503))).toBe(false);
    expect(isNotDistributor(new Error("x"))).toBe(false);
  });
});
