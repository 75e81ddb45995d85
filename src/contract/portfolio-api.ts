import { z } from "zod";
import { alertDeliverySchema } from "./alerts-api.ts";

// Schemas of the portfolio routes: what the store remembers of every customer's tag, the
// changes it has seen, and the sync that keeps it current. The server builds its answers from
// these types and the browser parses them with the same schemas.

/** The tag fields the store tracks; null where Huawei sent none (no real-name authentication). */
export const tagFieldsSchema = z.object({
  customer_tag_type: z.string().nullable(),
  new_customer_tag: z.string().nullable(),
  effective_time: z.string().nullable(),
  expire_time: z.string().nullable(),
});
export type TagFields = z.infer<typeof tagFieldsSchema>;

/** A scope's reseller: null for the partner's own customers, the indirect partner ID otherwise. */
const resellerId = z.string().nullable();
const isoTime = z.iso.datetime({ offset: true });

/**
 * One customer of the portfolio as last seen. Its times are ISO 8601 in UTC as the server writes
 * them, read as text: the browser parses 100,000 rows at once, and a full ISO check of two fields
 * per row doubled that parse (measured 100 ms against 50 ms in Node).
 */
export const portfolioRowSchema = tagFieldsSchema.extend({
  customer_id: z.string(),
  indirect_partner_id: resellerId,
  first_seen_at: z.string(),
  last_changed_at: z.string(),
});
export type PortfolioRow = z.infer<typeof portfolioRowSchema>;

/** Answer of `GET /api/portfolio`: every customer the store knows and has not seen leave. */
export const portfolioSchema = z.object({
  /** When the newest data in this answer was seen at Huawei; null before the first sync. */
  as_of: isoTime.nullable(),
  /** True once every scope has been read completely at least once. */
  complete: z.boolean(),
  rows: z.array(portfolioRowSchema),
  /** How many rows the whole portfolio has; given when `?first=` cut this answer short. */
  total: z.number().int().nonnegative().optional(),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

/** Most rows `GET /api/portfolio?first=` answers: a first screen's worth, while the rest loads. */
export const PORTFOLIO_FIRST_MAX = 1000;

/** What a change event says happened to a customer's tag. */
export const CHANGE_KINDS = ["new", "tag_changed", "effective_changed", "expiry_changed", "gone", "back"] as const;
export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

export const changeEventSchema = z.object({
  customer_id: z.string(),
  indirect_partner_id: resellerId,
  kind: changeKindSchema,
  /** The tag fields before and after: null before a `new`, and after a `gone`. */
  before: tagFieldsSchema.nullable(),
  after: tagFieldsSchema.nullable(),
  observed_at: isoTime,
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** Answer of `GET /api/portfolio/changes?since=`. */
export const changesSchema = z.object({
  /** The start of the window, as the server understood it. */
  since: isoTime,
  changes: z.array(changeEventSchema),
  /** True when more changes happened than one answer holds (the oldest are left out). */
  truncated: z.boolean(),
});
export type Changes = z.infer<typeof changesSchema>;

/**
 * Answer of `GET /api/portfolio/lapses`: each customer the store saw lose its tag (Y to N) in the
 * past 12 months and the month it saw it ("YYYY-MM", China time), once per customer and month.
 */
export const lapsesSchema = z.object({
  since: isoTime,
  lapses: z.array(z.object({ customer_id: z.string(), month: z.string() })),
});
export type Lapses = z.infer<typeof lapsesSchema>;

/** Answer of `GET /api/portfolio/customers/{customer_id}`: each scope the customer is known in. */
export const customerHistorySchema = z.object({
  customer_id: z.string(),
  scopes: z.array(
    portfolioRowSchema.extend({
      last_seen_at: isoTime,
      /** When a complete pass of the scope last missed the customer; null while present. */
      gone_at: isoTime.nullable(),
      /** Newest first. */
      history: z.array(changeEventSchema),
    }),
  ),
});
export type CustomerHistory = z.infer<typeof customerHistorySchema>;

export const SYNC_STATUSES = ["running", "succeeded", "failed"] as const;

/** Answer of `GET /api/portfolio/sync`: the running or the last sync. */
export const syncRunSchema = z.object({
  run_id: z.string(),
  status: z.enum(SYNC_STATUSES),
  /** What started it. */
  trigger: z.enum(["schedule", "first-start", "user"]),
  scopes_done: z.number().int().nonnegative(),
  /** 0 until the reseller list has been read. */
  scopes_total: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** What went wrong, one line per scope or call that failed. */
  errors: z.array(z.string()),
  started_at: isoTime,
  finished_at: isoTime.nullable(),
  /**
   * The alerts sent after this run, one per channel (empty when none were due or configured).
   * This proxy always sends it; optional so an answer without it still reads.
   */
  alerts: z.array(alertDeliverySchema).optional(),
});
export type SyncRun = z.infer<typeof syncRunSchema>;

/** `GET /api/portfolio/sync` before any sync: `{"run": null}`; otherwise the run itself. */
export const syncStateSchema = z.union([syncRunSchema, z.object({ run: z.null() })]);
export type SyncState = z.infer<typeof syncStateSchema>;

/** Answer of `POST /api/portfolio/sync` (202). */
export const syncStartedSchema = z.object({ run_id: z.string() });
