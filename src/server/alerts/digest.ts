import { DIGEST_REASONS, type DigestEntry, type DigestReason } from "#contract/alert-webhook-api";
import type { ChangeKind, TagFields } from "#contract/portfolio-api";
import { turnedN } from "#domain/tag-changes";
import { monthKeyOf, monthOf, tagStatus } from "#domain/tag-status";
import type { CurrentTag, DigestFacts, RunEvent } from "../store/digest-facts.ts";

/** Customers a digest lists at most; the rest are counted. */
export const DIGEST_ENTRIES = 20;

/** What an alert says: a run's changes and expiring tags, its most urgent customers first. */
export interface Digest {
  /** A "Send test alert": says the channel works, lists nothing. */
  test: boolean;
  runId: string | null;
  finishedAt: string | null;
  /** Lines of the run's error list: the digest says the sync did not read everything. */
  errors: number;
  firstSync: boolean;
  counts: Record<ChangeKind, number>;
  expiring: number;
  expiringMonths: number;
  entries: DigestEntry[];
  /** Customers with something to say beyond `entries`. */
  more: number;
}

const RANK = new Map<DigestReason, number>(DIGEST_REASONS.map((reason, index) => [reason, index]));
const rank = (entry: DigestEntry) => RANK.get(entry.reason) ?? DIGEST_REASONS.length;

/** The digest of a test alert: no run, nothing counted. */
export function testDigest(expiringMonths: number): Digest {
  const counts = { new: 0, tag_changed: 0, effective_changed: 0, expiry_changed: 0, gone: 0, back: 0 };
  return { test: true, runId: null, finishedAt: null, errors: 0, firstSync: false, counts, expiring: 0, expiringMonths, entries: [], more: 0 };
}

// An expire month as the digest shows it: the month when the field has one, else the field as it came.
const monthText = (value: string | null) => (value === null ? null : (monthOf(value) ?? value));

/** The tag value, with its type when only the type changed (the value alone would read "Y → Y"). */
function tagTexts(before: TagFields, after: TagFields): [previous: string | null, now: string | null] {
  if (before.new_customer_tag !== after.new_customer_tag) return [before.new_customer_tag, after.new_customer_tag];
  const typed = (fields: TagFields) => `${fields.new_customer_tag ?? "-"} (${fields.customer_tag_type ?? "-"})`;
  return [typed(before), typed(after)];
}

/**
 * Why an event puts its customer in the digest, and what it changed from. Becoming N is a tag
 * lost, the worst news a digest carries; any other change of value or type is a tag change.
 */
function reasonOf(event: RunEvent): { reason: DigestReason; fields: TagFields | null; previous: string | null; tag?: string | null } {
  const { before, after } = event;
  switch (event.kind) {
    case "gone":
      return { reason: "gone", fields: before, previous: null };
    case "tag_changed": {
      if (!before || !after) return { reason: "tag_changed", fields: after, previous: null };
      const [previous, tag] = tagTexts(before, after);
      return { reason: turnedN(before, after) ? "tag_lost" : "tag_changed", fields: after, previous, tag };
    }
    case "expiry_changed":
      return { reason: "expiry_changed", fields: after, previous: monthText(before?.expire_time ?? null) };
    case "effective_changed":
      return { reason: "effective_changed", fields: after, previous: monthText(before?.effective_time ?? null) };
    case "new":
    case "back":
      return { reason: event.kind, fields: after, previous: null };
  }
}

/** The months from `now` (a month number) to a tag's expire month; null without one. */
function monthsLeft(fields: TagFields | null, now: number): number | null {
  const expire = monthKeyOf(fields?.expire_time);
  return expire < 0 ? null : expire - now;
}

function entryOf(
  who: Pick<RunEvent, "customer_id" | "indirect_partner_id">,
  reason: DigestReason,
  fields: TagFields | null,
  previous: string | null,
  now: number,
  tag: string | null = fields?.new_customer_tag ?? null,
): DigestEntry {
  return {
    customer_id: who.customer_id,
    customer_name: null,
    indirect_partner_id: who.indirect_partner_id,
    reseller_name: null,
    reason,
    tag,
    previous,
    expire_month: monthText(fields?.expire_time ?? null),
    months_left: monthsLeft(fields, now),
  };
}

/** Whether a tag counts as expiring: Y, in effect, its expire month from this month to `months` ahead. */
function isExpiring(tag: CurrentTag, month: string, months: number): boolean {
  const status = tagStatus(tag, { month, soonMonths: months });
  return status === "expiresThisMonth" || status === "expiringSoon";
}

/** Most urgent first: lost tags, then expiring soonest, then other changes, then new and back. */
function byUrgency(a: DigestEntry, b: DigestEntry): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (a.reason === "expiring") {
    const byMonth = (a.months_left ?? 0) - (b.months_left ?? 0);
    if (byMonth !== 0) return byMonth;
  }
  return a.customer_id.localeCompare(b.customer_id) || (a.indirect_partner_id ?? "").localeCompare(b.indirect_partner_id ?? "");
}

/**
 * The digest of a finished run, or undefined when it found nothing worth an alert: no change
 * (the `new` customers of a first sync do not count: a first sync records everyone) and no tag
 * expiring within `expiringMonths` of `month` (the current month, China time; 0 months: expiring
 * tags are not alerted). A customer with several reasons is listed once, for the most urgent.
 */
export function buildDigest(facts: DigestFacts, options: { month: string; expiringMonths: number }): Digest | undefined {
  const now = monthKeyOf(options.month);
  const expiring = options.expiringMonths > 0 ? facts.expiring.filter((tag) => isExpiring(tag, options.month, options.expiringMonths)) : [];
  const changes = Object.entries(facts.counts).reduce((sum, [kind, count]) => sum + (facts.firstSync && kind === "new" ? 0 : count), 0);
  if (changes === 0 && expiring.length === 0) return undefined;

  const chosen = new Map<string, DigestEntry>();
  const offer = (entry: DigestEntry) => {
    const key = `${entry.indirect_partner_id ?? ""}/${entry.customer_id}`;
    const held = chosen.get(key);
    if (!held || rank(entry) < rank(held)) chosen.set(key, entry);
  };
  for (const event of facts.events) {
    if (facts.firstSync && event.kind === "new") continue;
    const { reason, fields, previous, tag } = reasonOf(event);
    offer(entryOf(event, reason, fields, previous, now, tag));
  }
  for (const tag of expiring) offer(entryOf(tag, "expiring", tag, null, now));
  const ranked = [...chosen.values()].sort(byUrgency);

  return {
    test: false,
    runId: facts.runId,
    finishedAt: facts.finishedAt,
    errors: facts.errors,
    firstSync: facts.firstSync,
    counts: facts.counts,
    expiring: expiring.length,
    expiringMonths: options.expiringMonths,
    entries: ranked.slice(0, DIGEST_ENTRIES),
    more: Math.max(0, ranked.length - DIGEST_ENTRIES),
  };
}

/** The digest with the names found for its customers and resellers (a name not found stays null). */
export function withNames(digest: Digest, customers: ReadonlyMap<string, string>, resellers: ReadonlyMap<string, string>): Digest {
  return {
    ...digest,
    entries: digest.entries.map((entry) => ({
      ...entry,
      customer_name: customers.get(entry.customer_id) ?? entry.customer_name,
      reseller_name: entry.indirect_partner_id === null ? null : (resellers.get(entry.indirect_partner_id) ?? entry.reseller_name),
    })),
  };
}
