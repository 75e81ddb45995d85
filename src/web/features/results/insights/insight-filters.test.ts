import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "#domain/tag-filters";
import { isMonthPicked, toggleMonth, toggleReseller, toggleStatuses } from "./insight-filters.ts";

describe("insight filters", () => {
  it("sets one month of a field and takes it back on the second click, keeping other filters", () => {
    const start = { ...NO_FILTERS, tags: ["Y" as const], effective: { from: "2026-01" } };
    const picked = toggleMonth(start, "expire", "2027-02");
    expect(picked).toEqual({ ...start, expire: { from: "2027-02", to: "2027-02" } });
    expect(isMonthPicked(picked, "expire", "2027-02")).toBe(true);
    expect(toggleMonth(picked, "expire", "2027-02")).toEqual({ ...start, expire: {} });
    expect(toggleMonth(picked, "expire", "2027-03").expire).toEqual({ from: "2027-03", to: "2027-03" });
  });

  it("replaces a wider month range by the clicked month", () => {
    const ranged = { ...NO_FILTERS, effective: { from: "2026-01", to: "2026-06" } };
    expect(isMonthPicked(ranged, "effective", "2026-01")).toBe(false);
    expect(toggleMonth(ranged, "effective", "2026-01").effective).toEqual({ from: "2026-01", to: "2026-01" });
  });

  it("sets statuses and takes them back when exactly those were picked", () => {
    const picked = toggleStatuses(NO_FILTERS, ["expiresThisMonth", "expiringSoon"]);
    expect(picked.statuses).toEqual(["expiresThisMonth", "expiringSoon"]);
    expect(toggleStatuses(picked, ["expiringSoon", "expiresThisMonth"]).statuses).toEqual([]);
    expect(toggleStatuses(picked, ["expired"]).statuses).toEqual(["expired"]);
  });

  it("sets one reseller, the partner's own being '', and takes it back", () => {
    const own = toggleReseller(NO_FILTERS, "");
    expect(own.resellers).toEqual([""]);
    expect(toggleReseller(own, "").resellers).toEqual([]);
    expect(toggleReseller({ ...NO_FILTERS, resellers: ["IP-1", "IP-2"] }, "IP-1").resellers).toEqual(["IP-1"]);
  });
});
