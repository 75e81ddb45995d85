import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "#contract/portfolio-api";
import { buildChange } from "../../testing/portfolio-factory.ts";
import { groupChanges } from "./change-groups.ts";

describe("groupChanges", () => {
  it("groups by kind in a fixed order, leaving out kinds without events", () => {
    const groups = groupChanges([
      buildChange({ kind: "gone", customer_id: "g" }),
      buildChange({ kind: "new", customer_id: "n1" }),
      buildChange({ kind: "expiry_changed", customer_id: "x" }),
      buildChange({ kind: "new", customer_id: "n2" }),
    ]);
    expect(
      groups.map((group) => [group.kind, group.events.map((event) => event.customer_id)]),
    ).toEqual([
      ["new", ["n1", "n2"]],
      ["expiry_changed", ["x"]],
      ["gone", ["g"]],
    ]);
  });

  it("puts the newest first, whatever the offset it is written with, then orders by customer ID", () => {
    const groups = groupChanges([
      buildChange({ customer_id: "b", observed_at: "2026-01-10T02:00:00Z" }),
      buildChange({ customer_id: "late", observed_at: "2026-01-10T11:00:00+08:00" }),
      buildChange({ customer_id: "a", observed_at: "2026-01-10T02:00:00Z" }),
      buildChange({ customer_id: "early", observed_at: "2026-01-09T23:59:59Z" }),
    ]);
    expect(groups[0]!.events.map((event) => event.customer_id)).toEqual([
      "late",
      "a",
      "b",
      "early",
    ]);
  });

  it("orders the groups as the contract orders the kinds", () => {
    const groups = groupChanges(CHANGE_KINDS.toReversed().map((kind) => buildChange({ kind })));
    expect(groups.map((group) => group.kind)).toEqual([...CHANGE_KINDS]);
  });

  it("has no group for no events", () => {
    expect(groupChanges([])).toEqual([]);
  });
});
