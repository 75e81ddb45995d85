import { describe, expect, it } from "vitest";
import { buildChange, buildTagFields } from "../../testing/portfolio-factory.ts";
import { changedValues, tagText } from "./change-values.ts";

describe("tagText", () => {
  it("says the tag with its type, the tag alone without a type, and nothing without a tag", () => {
    expect(tagText(buildTagFields())).toBe("Y (SMB)");
    expect(tagText(buildTagFields({ customer_tag_type: null, new_customer_tag: "N" }))).toBe("N");
    expect(tagText(buildTagFields({ new_customer_tag: null }))).toBeNull();
    expect(tagText(null)).toBeNull();
  });
});

describe("changedValues", () => {
  it("gives the tag before and after for a change of tag, and for customers that came, left or came back", () => {
    // The type once when it stayed the same; with each value when it changed too.
    expect(changedValues(buildChange())).toEqual({
      field: "tag",
      before: "UNDETERMINED",
      after: "Y",
      type: "SMB",
    });
    expect(
      changedValues(buildChange({ before: buildTagFields({ customer_tag_type: "NEW" }) })),
    ).toEqual({
      field: "tag",
      before: "Y (NEW)",
      after: "Y (SMB)",
    });
    expect(changedValues(buildChange({ kind: "new", before: null }))).toEqual({
      field: "tag",
      before: null,
      after: "Y (SMB)",
    });
    expect(
      changedValues(
        buildChange({
          kind: "gone",
          before: buildTagFields({ new_customer_tag: "N" }),
          after: null,
        }),
      ),
    ).toEqual({
      field: "tag",
      before: "N (SMB)",
      after: null,
    });
    expect(changedValues(buildChange({ kind: "back", before: null }))).toEqual({
      field: "tag",
      before: null,
      after: "Y (SMB)",
    });
  });

  it("gives the month that moved for a change of the effective or expire month", () => {
    const before = buildTagFields({ effective_time: "2025-05", expire_time: "2026-04" });
    expect(changedValues(buildChange({ kind: "effective_changed", before }))).toEqual({
      field: "effective",
      before: "2025-05",
      after: "2025-06",
    });
    expect(changedValues(buildChange({ kind: "expiry_changed", before }))).toEqual({
      field: "expire",
      before: "2026-04",
      after: "2026-05",
    });
    expect(
      changedValues(
        buildChange({
          kind: "expiry_changed",
          before,
          after: buildTagFields({ expire_time: null }),
        }),
      ),
    ).toEqual({ field: "expire", before: "2026-04", after: null });
  });
});
