import type { DigestEntry } from "#contract/alert-webhook-api";
import type { TagFields } from "#contract/portfolio-api";
import type { Digest } from "../alerts/digest.ts";
import type { CurrentTag, DigestFacts, RunEvent } from "../store/digest-facts.ts";

// Builders of the alerts' test data: each gives a plain, valid value that a test overrides where
// it matters to it.

/** A Y tag in effect from 2026-01, expiring 2026-12. */
export function buildTagFields(overrides: Partial<TagFields> = {}): TagFields {
  return { customer_tag_type: "SMB", new_customer_tag: "Y", effective_time: "2026-01", expire_time: "2026-12", ...overrides };
}

/** A change event of an own customer: its tag became N. */
export function buildRunEvent(overrides: Partial<RunEvent> = {}): RunEvent {
  return {
    customer_id: "a1",
    indirect_partner_id: null,
    kind: "tag_changed",
    before: buildTagFields(),
    after: buildTagFields({ new_customer_tag: "N" }),
    ...overrides,
  };
}

/** A current tag of an own customer (Y, expiring 2026-12). */
export function buildCurrentTag(overrides: Partial<CurrentTag> = {}): CurrentTag {
  return { customer_id: "e5", indirect_partner_id: null, ...buildTagFields(), ...overrides };
}

const NO_COUNTS = { new: 0, tag_changed: 0, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 };

/** Run 12, succeeded at 07:04 China time on 2 December 2026, having found nothing. */
export function buildDigestFacts(overrides: Partial<DigestFacts> = {}): DigestFacts {
  return {
    runId: "12",
    status: "succeeded",
    finishedAt: "2026-12-01T23:04:00.000Z",
    errors: 0,
    firstSync: false,
    counts: { ...NO_COUNTS },
    events: [],
    expiring: [],
    ...overrides,
  };
}

/** An own customer expiring this month, without a name. */
export function buildDigestEntry(overrides: Partial<DigestEntry> = {}): DigestEntry {
  return {
    customer_id: "e5",
    customer_name: null,
    indirect_partner_id: null,
    reseller_name: null,
    reason: "expiring",
    tag: "Y",
    previous: null,
    expire_month: "2026-12",
    months_left: 0,
    ...overrides,
  };
}

/** The digest of run 12 with nothing in it; a test adds counts and entries. */
export function buildAlertDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    test: false,
    runId: "12",
    finishedAt: "2026-12-01T23:04:00.000Z",
    errors: 0,
    firstSync: false,
    counts: { ...NO_COUNTS },
    expiring: 0,
    expiringMonths: 1,
    entries: [],
    more: 0,
    ...overrides,
  };
}
