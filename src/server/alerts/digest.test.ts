import { describe, expect, it } from "vitest";
import {
  buildCurrentTag,
  buildDigestEntry,
  buildDigestFacts,
  buildRunEvent,
  buildTagFields,
} from "../testing/alert-builders.ts";
import { buildDigest, DIGEST_ENTRIES, withNames } from "./digest.ts";

const R1 = "r1";
const DECEMBER = { month: "2026-12", expiringMonths: 1 };

describe("buildDigest", () => {
  it("says nothing when the run changed nothing and no tag expires", () => {
    expect(buildDigest(buildDigestFacts(), DECEMBER)).toBeUndefined();
  });

  it("lists lost tags first, then the soonest expiring, then other changes, then new customers", () => {
    const facts = buildDigestFacts({
      counts: { new: 1, tag_changed: 1, effective_changed: 0, expiry_changed: 1, gone: 1, back: 0 },
      events: [
        buildRunEvent({ customer_id: "d4", indirect_partner_id: R1, kind: "new", before: null, after: buildTagFields({ expire_time: "2027-11" }) }),
        buildRunEvent({
          customer_id: "c3",
          kind: "expiry_changed",
          before: buildTagFields({ expire_time: "2027-06" }),
          after: buildTagFields({ expire_time: "2027-08" }),
        }),
        buildRunEvent({ customer_id: "b2", indirect_partner_id: R1, kind: "gone", before: buildTagFields({ expire_time: "2027-03" }), after: null }),
        buildRunEvent({ customer_id: "a1" }),
      ],
      expiring: [
        buildCurrentTag({ customer_id: "e5", expire_time: "2027-01" }),
        buildCurrentTag({ customer_id: "f6", indirect_partner_id: R1, expire_time: "2026-12" }),
        // Not yet in effect: not "expiring", whatever its expire month.
        buildCurrentTag({ customer_id: "g7", effective_time: "2027-01", expire_time: "2027-01" }),
      ],
    });
    const digest = buildDigest(facts, DECEMBER);
    expect(digest).toMatchObject({ test: false, runId: "12", expiring: 2, expiringMonths: 1, more: 0, firstSync: false });
    expect(digest?.entries).toEqual([
      buildDigestEntry({ customer_id: "a1", reason: "tag_lost", tag: "N", previous: "Y", expire_month: "2026-12", months_left: 0 }),
      buildDigestEntry({ customer_id: "b2", indirect_partner_id: R1, reason: "gone", tag: "Y", expire_month: "2027-03", months_left: 3 }),
      buildDigestEntry({ customer_id: "f6", indirect_partner_id: R1, reason: "expiring", expire_month: "2026-12", months_left: 0 }),
      buildDigestEntry({ customer_id: "e5", reason: "expiring", expire_month: "2027-01", months_left: 1 }),
      buildDigestEntry({ customer_id: "c3", reason: "expiry_changed", previous: "2027-06", expire_month: "2027-08", months_left: 8 }),
      buildDigestEntry({ customer_id: "d4", indirect_partner_id: R1, reason: "new", expire_month: "2027-11", months_left: 11 }),
    ]);
  });

  it("lists a customer once, for its most urgent reason", () => {
    const facts = buildDigestFacts({
      counts: { new: 0, tag_changed: 0, effective_changed: 0, expiry_changed: 1, gone: 0, back: 0 },
      events: [buildRunEvent({ customer_id: "e5", kind: "expiry_changed", before: buildTagFields({ expire_time: "2027-06" }) })],
      expiring: [buildCurrentTag({ customer_id: "e5" })],
    });
    expect(buildDigest(facts, DECEMBER)?.entries).toEqual([buildDigestEntry({ customer_id: "e5" })]);
  });

  it("calls a change of value other than to N a tag change, and shows the type when only the type changed", () => {
    const facts = buildDigestFacts({
      counts: { new: 0, tag_changed: 2, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 },
      events: [
        buildRunEvent({ customer_id: "h8", before: buildTagFields({ new_customer_tag: "UNDETERMINED" }), after: buildTagFields() }),
        buildRunEvent({ customer_id: "i9", before: buildTagFields(), after: buildTagFields({ customer_tag_type: "KA" }) }),
      ],
    });
    expect(buildDigest(facts, DECEMBER)?.entries.map(({ customer_id, reason, previous, tag }) => ({ customer_id, reason, previous, tag }))).toEqual([
      { customer_id: "h8", reason: "tag_changed", previous: "UNDETERMINED", tag: "Y" },
      { customer_id: "i9", reason: "tag_changed", previous: "Y (SMB)", tag: "Y (KA)" },
    ]);
  });

  it("alerts a first sync only for what expires, counting its new customers without listing them", () => {
    const quiet = buildDigestFacts({ firstSync: true, counts: { new: 3, tag_changed: 0, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 } });
    expect(buildDigest(quiet, DECEMBER)).toBeUndefined();
    const digest = buildDigest({ ...quiet, expiring: [buildCurrentTag()] }, DECEMBER);
    expect(digest).toMatchObject({ firstSync: true, counts: { new: 3 }, expiring: 1, entries: [buildDigestEntry()] });
  });

  it("alerts no expiring tag with 0 months, and counts this month and the next with 1", () => {
    const facts = buildDigestFacts({
      expiring: [buildCurrentTag({ customer_id: "x", expire_time: "2027-01" }), buildCurrentTag({ customer_id: "y", expire_time: "2027-02" })],
    });
    expect(buildDigest(facts, { month: "2026-12", expiringMonths: 0 })).toBeUndefined();
    expect(buildDigest(facts, DECEMBER)?.entries.map((entry) => entry.customer_id)).toEqual(["x"]);
    expect(buildDigest(facts, { month: "2026-12", expiringMonths: 2 })?.expiring).toBe(2);
  });

  it(`lists ${DIGEST_ENTRIES} customers at most and counts the rest`, () => {
    const expiring = Array.from({ length: 23 }, (_, index) => buildCurrentTag({ customer_id: `c${String(index).padStart(2, "0")}` }));
    const digest = buildDigest(buildDigestFacts({ expiring }), DECEMBER);
    expect(digest?.entries).toHaveLength(20);
    expect(digest?.entries[19]?.customer_id).toBe("c19");
    expect(digest?.more).toBe(3);
  });
});

describe("withNames", () => {
  it("names the customers and resellers found, and leaves the others as they were", () => {
    const digest = buildDigest(
      buildDigestFacts({ expiring: [buildCurrentTag({ customer_id: "e5", indirect_partner_id: R1 }), buildCurrentTag({ customer_id: "f6" })] }),
      DECEMBER,
    );
    if (!digest) throw new Error("expected a digest");
    const named = withNames(digest, new Map([["e5", "星河科技"]]), new Map([[R1, "华东云"]]));
    expect(named.entries).toEqual([
      buildDigestEntry({ customer_id: "e5", customer_name: "星河科技", indirect_partner_id: R1, reseller_name: "华东云" }),
      buildDigestEntry({ customer_id: "f6" }),
    ]);
  });
});
