import { z } from "zod";
import { ALERT_LANGUAGES } from "./alerts-api.ts";
import { CHANGE_KINDS, type ChangeKind } from "./portfolio-api.ts";

// The digest as the generic webhook (ALERT_WEBHOOK_URL) receives it: a receiver may parse it with
// this schema. Apart from alerts-api.ts, which the sync answer's schema imports.

/** Why a customer is in a digest, from most to least urgent. */
export const DIGEST_REASONS = [
  "tag_lost",
  "gone",
  "expiring",
  "tag_changed",
  "expiry_changed",
  "effective_changed",
  "new",
  "back",
] as const;
export type DigestReason = (typeof DIGEST_REASONS)[number];

/** One customer of a digest. */
export const digestEntrySchema = z.object({
  customer_id: z.string(),
  /** Null when the customer list did not give it. */
  customer_name: z.string().nullable(),
  /** Null for the partner's own customers. */
  indirect_partner_id: z.string().nullable(),
  reseller_name: z.string().nullable(),
  reason: z.enum(DIGEST_REASONS),
  /** The tag now (its last value for a customer no longer listed). */
  tag: z.string().nullable(),
  /** What changed from: the tag, effective month or expire month before; null when nothing changed. */
  previous: z.string().nullable(),
  /** The expire month ("YYYY-MM"), when the tag has one. */
  expire_month: z.string().nullable(),
  /** Months from the current month (China time) to the expire month: 0 this month, negative when past. */
  months_left: z.number().int().nullable(),
});
export type DigestEntry = z.infer<typeof digestEntrySchema>;

const isoTime = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

/** Body the generic webhook receives (signed `X-Signature-256: sha256=<hex>` when a secret is set). */
export const alertWebhookBodySchema = z.object({
  /** `test` for a "Send test alert"; `digest` after a sync. */
  type: z.enum(["digest", "test"]),
  /** The sync run; null for a test. Never the same digest twice for one run and channel. */
  run_id: z.string().nullable(),
  finished_at: isoTime.nullable(),
  /** The run's first sync of an empty store: its `new` customers are counted, not listed. */
  first_sync: z.boolean(),
  /** The run's change events by kind. */
  counts: z.object(Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, count])) as Record<ChangeKind, typeof count>),
  /** Customers whose tag expires within `expiring_months` of the current month. */
  expiring: z.number().int().nonnegative(),
  expiring_months: z.number().int().nonnegative(),
  /** The most urgent customers, 20 at most. */
  entries: z.array(digestEntrySchema),
  /** Customers with something to say beyond `entries`. */
  more: z.number().int().nonnegative(),
  /** The dashboard's What changed view; null without PUBLIC_URL. */
  link: z.string().nullable(),
  language: z.enum(ALERT_LANGUAGES),
  /** The digest as plain text in `language`. */
  text: z.string(),
});
export type AlertWebhookBody = z.infer<typeof alertWebhookBodySchema>;
