import type { SyncRun, TagFields } from "#contract/portfolio-api";
import { CHANGE_KINDS, type ChangeEvent, type ChangeKind, type PortfolioRow } from "#contract/portfolio-api";
import type { Sql } from "./database.ts";
import { resellerOf } from "./portfolio-store.ts";

/** A change event of a run, as a digest reads it. */
export type RunEvent = Pick<ChangeEvent, "customer_id" | "indirect_partner_id" | "kind" | "before" | "after">;

/** A customer's current tag, as a digest reads it. */
export type CurrentTag = Pick<PortfolioRow, "customer_id" | "indirect_partner_id"> & TagFields;

/** What the store holds for the digest of one finished run. */
export interface DigestFacts {
  runId: string;
  status: Exclude<SyncRun["status"], "running">;
  finishedAt: string;
  /** Lines of the run's error list. */
  errors: number;
  /** No run had finished before: the store was empty, so every customer it read is `new`. */
  firstSync: boolean;
  /** The run's change events by kind. */
  counts: Record<ChangeKind, number>;
  /** The run's change events, most urgent kinds first; a first sync's `new` ones are left out (counted only). */
  events: RunEvent[];
  /** Customers present with tag Y whose expire month falls within the months asked for. */
  expiring: CurrentTag[];
}

// A run after a long pause, or with a new reseller, can hold thousands of events; the digest
// shows 20, so the least urgent beyond this many are not read.
const MAX_EVENTS = 20_000;

const EVENT_ORDER = `case kind when 'gone' then 0 when 'tag_changed' then 1 when 'expiry_changed' then 2
  when 'effective_changed' then 3 when 'new' then 4 else 5 end`;

/**
 * What a run's digest is made of: the run, its change events and the tags now expiring from
 * month `from` to month `to` ("YYYY-MM", both included). Undefined when the run has not finished.
 */
export async function readDigestFacts(sql: Sql, runId: string, months: { from: string; to: string } | undefined): Promise<DigestFacts | undefined> {
  const [run] = await sql.query<{ status: SyncRun["status"]; finished_at: Date | null; errors: number; first: boolean }>(
    `select status, finished_at, jsonb_array_length(errors) as errors,
       not exists (select 1 from sync_runs earlier where earlier.id < $1::bigint and earlier.status <> 'running') as first
     from sync_runs where id = $1::bigint`,
    [runId],
  );
  if (!run || run.status === "running" || !run.finished_at) return undefined;
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const counted = await sql.query<{ kind: ChangeKind; count: number }>(
    "select kind, count(*)::int as count from change_events where run_id = $1::bigint group by kind",
    [runId],
  );
  for (const { kind, count } of counted) counts[kind] = count;
  const events = await sql.query<{ scope: string; customer_id: string; kind: ChangeKind; before: TagFields | null; after: TagFields | null }>(
    `select scope, customer_id, kind, before, after from change_events
     where run_id = $1::bigint and ($2 or kind <> 'new') order by ${EVENT_ORDER}, id limit $3`,
    [runId, !run.first, MAX_EVENTS],
  );
  // The month is compared on the field's first seven characters ("YYYY-MM", or a date's month);
  // the digest applies the tag-status rule to what this finds.
  const expiring = months
    ? await sql.query<TagFields & { scope: string; customer_id: string }>(
        `select scope, customer_id, customer_tag_type, new_customer_tag, effective_time, expire_time from portfolio_tags
         where gone_at is null and new_customer_tag = 'Y' and left(expire_time, 7) between $1 and $2`,
        [months.from, months.to],
      )
    : [];
  return {
    runId,
    status: run.status,
    finishedAt: run.finished_at.toISOString(),
    errors: run.errors,
    firstSync: run.first,
    counts,
    events: events.map(({ scope, ...event }) => ({ ...event, indirect_partner_id: resellerOf(scope) })),
    expiring: expiring.map(({ scope, ...tag }) => ({ ...tag, indirect_partner_id: resellerOf(scope) })),
  };
}

/** The newest finished run, if it finished at or after `since`. */
export async function lastFinishedRun(sql: Sql, since: Date): Promise<string | undefined> {
  const [row] = await sql.query<{ id: string }>(
    "select id::text as id from sync_runs where status <> 'running' and finished_at >= $1 order by id desc limit 1",
    [since],
  );
  return row?.id;
}
