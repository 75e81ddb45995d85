import { describe, expect, it } from "vitest";
import { changesOf, tagFieldsOf } from "./tag-changes.ts";

const Y = { customer_tag_type: "SMB", new_customer_tag: "Y", effective_time: "2026-01-31T16:00:00Z", expire_time: "2026-12-31T16:00:00Z" };

describe("tagFieldsOf", () => {
  it("keeps the four tag fields and nothing else", () => {
    expect(tagFieldsOf({ customer_id: "a", ...Y })).toEqual(Y);
  });

  it('reads an absent field and "" alike as none (Huawei sends both without real-name authentication)', () => {
    const none = { customer_tag_type: null, new_customer_tag: null, effective_time: null, expire_time: null };
    expect(tagFieldsOf({ customer_id: "a" })).toEqual(none);
    expect(tagFieldsOf({ customer_id: "a", customer_tag_type: "", new_customer_tag: "", effective_time: null })).toEqual(none);
  });
});

describe("changesOf", () => {
  it("calls a customer never seen before new, with nothing before", () => {
    expect(changesOf(undefined, Y)).toEqual([{ kind: "new", before: null, after: Y }]);
  });

  it("finds nothing when the same tag is seen again", () => {
    expect(changesOf({ fields: { ...Y }, gone: false }, { ...Y })).toEqual([]);
  });

  it("names each field that changed, with the whole tag before and after", () => {
    const after = { ...Y, new_customer_tag: "N", expire_time: "2027-01-31T16:00:00Z" };
    expect(changesOf({ fields: Y, gone: false }, after)).toEqual([
      { kind: "tag_changed", before: Y, after },
      { kind: "expiry_changed", before: Y, after },
    ]);
  });

  it("counts a change of tag type as a tag change", () => {
    const after = { ...Y, customer_tag_type: "KA" };
    expect(changesOf({ fields: Y, gone: false }, after).map((c) => c.kind)).toEqual(["tag_changed"]);
  });

  it("reports a new effective time", () => {
    const after = { ...Y, effective_time: "2026-02-28T16:00:00Z" };
    expect(changesOf({ fields: Y, gone: false }, after).map((c) => c.kind)).toEqual(["effective_changed"]);
  });

  it("calls a gone customer seen again back, and then what changed while it was away", () => {
    const after = { ...Y, new_customer_tag: "N" };
    expect(changesOf({ fields: Y, gone: true }, after)).toEqual([
      { kind: "back", before: null, after },
      { kind: "tag_changed", before: Y, after },
    ]);
  });

  it("reads a tag gained after real-name authentication as a tag change with its dates", () => {
    const none = { customer_tag_type: null, new_customer_tag: null, effective_time: null, expire_time: null };
    expect(changesOf({ fields: none, gone: false }, Y).map((c) => c.kind)).toEqual([
      "tag_changed",
      "effective_changed",
      "expiry_changed",
    ]);
  });
});
