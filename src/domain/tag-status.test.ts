import { describe, expect, it } from "vitest";
import { currentMonth } from "./month.ts";
import { monthKeyOf, monthOf, tagStatus, tagValueOf, type StatusContext } from "./tag-status.ts";

const nov: StatusContext = { month: "2026-11", soonMonths: 3 };
const dec: StatusContext = { month: "2026-12", soonMonths: 3 };
const jan: StatusContext = { month: "2027-01", soonMonths: 3 };

const y = (effective: string | undefined, expire: string | undefined) => ({
  new_customer_tag: "Y",
  effective_time: effective,
  expire_time: expire,
});

describe("tagStatus", () => {
  it("reads an empty, blank or absent tag as no real-name authentication, whatever the months", () => {
    expect(tagStatus({}, nov)).toBe("noRealName");
    expect(tagStatus({ new_customer_tag: "" }, nov)).toBe("noRealName");
    expect(tagStatus({ new_customer_tag: "  ", expire_time: "2020-01" }, nov)).toBe("noRealName");
    expect(tagStatus({ new_customer_tag: null }, nov)).toBe("noRealName");
  });

  it("keeps UNDETERMINED undetermined even with past months", () => {
    expect(tagStatus({ new_customer_tag: "UNDETERMINED" }, nov)).toBe("undetermined");
    expect(tagStatus({ new_customer_tag: "UNDETERMINED", expire_time: "2020-01" }, nov)).toBe(
      "undetermined",
    );
  });

  it("calls an N expired only when its expire month is before the current month", () => {
    expect(tagStatus({ new_customer_tag: "N", expire_time: "2026-10" }, nov)).toBe("expired");
    expect(tagStatus({ new_customer_tag: "N", expire_time: "2026-11" }, nov)).toBe("notNew");
    expect(tagStatus({ new_customer_tag: "N", expire_time: "2027-05" }, nov)).toBe("notNew");
    expect(tagStatus({ new_customer_tag: "N" }, nov)).toBe("notNew");
  });

  it("orders the Y cases: not yet effective, expired, this month, soon, active", () => {
    expect(tagStatus(y("2026-12", "2027-11"), nov)).toBe("notYetEffective");
    expect(tagStatus(y("2025-09", "2026-10"), nov)).toBe("expired");
    expect(tagStatus(y("2025-12", "2026-11"), nov)).toBe("expiresThisMonth");
    expect(tagStatus(y("2026-01", "2026-12"), nov)).toBe("expiringSoon");
    expect(tagStatus(y("2026-03", "2027-02"), nov)).toBe("expiringSoon");
    expect(tagStatus(y("2026-04", "2027-03"), nov)).toBe("active");
    expect(tagStatus(y(undefined, undefined), nov)).toBe("active");
    // An effective month in the future wins over an inconsistent past expiry.
    expect(tagStatus(y("2027-01", "2026-01"), nov)).toBe("notYetEffective");
  });

  it("treats the effective month itself as effective", () => {
    expect(tagStatus(y("2026-11", "2027-10"), nov)).toBe("active");
  });

  it("works across December and January", () => {
    expect(tagStatus(y("2026-01", "2026-12"), dec)).toBe("expiresThisMonth");
    expect(tagStatus(y("2026-01", "2026-12"), jan)).toBe("expired");
    expect(tagStatus(y("2026-02", "2027-01"), dec)).toBe("expiringSoon");
    expect(tagStatus(y("2026-04", "2027-03"), dec)).toBe("expiringSoon");
    expect(tagStatus(y("2026-05", "2027-04"), dec)).toBe("active");
    expect(tagStatus(y("2027-01", "2027-12"), dec)).toBe("notYetEffective");
    expect(tagStatus(y("2027-01", "2027-12"), jan)).toBe("active");
    expect(tagStatus({ new_customer_tag: "N", expire_time: "2026-12" }, jan)).toBe("expired");
    expect(tagStatus({ new_customer_tag: "N", expire_time: "2026-12" }, dec)).toBe("notNew");
  });

  it("lets the user choose how many months count as soon", () => {
    const tag = y("2026-06", "2027-05");
    expect(tagStatus(tag, { month: "2026-11", soonMonths: 5 })).toBe("active");
    expect(tagStatus(tag, { month: "2026-11", soonMonths: 6 })).toBe("expiringSoon");
    expect(tagStatus(y("2026-01", "2026-12"), { month: "2026-11", soonMonths: 1 })).toBe(
      "expiringSoon",
    );
  });

  it("takes the month in China Standard Time at the month edge", () => {
    const tag = y("2025-12", "2026-11");
    const lastEveningInBeijing = {
      month: currentMonth(new Date("2026-11-30T15:59:59Z")),
      soonMonths: 3,
    };
    const firstMorningInBeijing = {
      month: currentMonth(new Date("2026-11-30T16:00:00Z")),
      soonMonths: 3,
    };
    expect(tagStatus(tag, lastEveningInBeijing)).toBe("expiresThisMonth");
    expect(tagStatus(tag, firstMorningInBeijing)).toBe("expired");
  });

  it("reports a tag value Huawei has not documented as unknown", () => {
    expect(tagStatus({ new_customer_tag: "MAYBE" }, nov)).toBe("unknown");
    expect(tagValueOf("y")).toBe("other");
  });

  it("ignores unreadable months rather than guessing", () => {
    expect(tagStatus(y("soon", "2026-13"), nov)).toBe("active");
    expect(tagStatus({ new_customer_tag: "N", expire_time: "last year" }, nov)).toBe("notNew");
  });
});

describe("monthOf", () => {
  it("reads YYYY-MM and the month of a full date, nothing else", () => {
    expect(monthOf("2026-11")).toBe("2026-11");
    expect(monthOf(" 2026-11 ")).toBe("2026-11");
    expect(monthOf("2026-11-30")).toBe("2026-11");
    for (const bad of ["2026-1", "2026-13", "202611", "2026-11x", "", null, undefined])
      expect(monthOf(bad)).toBeUndefined();
  });
});

describe("monthKeyOf", () => {
  it("reads the months monthOf reads, as year × 12 + month − 1, and -1 for anything else", () => {
    expect(monthKeyOf("2026-11")).toBe(2026 * 12 + 10);
    expect(monthKeyOf(" 2026-01 ")).toBe(2026 * 12);
    expect(monthKeyOf("2026-12-31")).toBe(2026 * 12 + 11);
    for (const bad of ["2026-1", "2026-13", "2026-00", "202611", "2026-11x", "2026-11-3x", "20a6-11", "", null, undefined])
      expect(monthKeyOf(bad)).toBe(-1);
  });
});
