import type { NewCustomerTag } from "#contract/huawei-api";
import type {
  ChangeEvent,
  Changes,
  CustomerHistory,
  Lapses,
  Portfolio,
  PortfolioRow,
  SyncRun,
  TagFields,
} from "#contract/portfolio-api";
import { changesOf, lapsesOf, type TagChange, tagFieldsOf } from "#domain/tag-changes";
import type { AlertDelivery } from "#contract/alerts-api";
import { deliveriesOf } from "./alert-deliveries.ts";
import type { Database, Sql } from "./database.ts";
import { LOCK_CLASS } from "./run-lock.ts";

// The advisory locks that make writers of one scope take turns (keyed by the scope's hash).
const SCOPE_LOCK_CLASS = LOCK_CLASS + 1;

/** The scope key in the store: '' for the partner's own customers, the reseller's ID otherwise. */
export type ScopeKey = string;
export const OWN_SCOPE: ScopeKey = "";

/** The reseller ID a scope key stands for (null for the partner's own customers), as the API shows it. */
export const resellerOf = (scope: ScopeKey): string | null => (scope === OWN_SCOPE ? null : scope);

/** What a sync has left to read of one scope. */
export interface PendingScope {
  scope: ScopeKey;
  nextOffset: number;
}

/** The most change events one answer carries; the newest are kept. */
export const MAX_CHANGES = 20_000;

type Trigger = SyncRun["trigger"];

interface TagRow {
  scope: string;
  customer_id: string;
  customer_tag_type: string | null;
  new_customer_tag: string | null;
  effective_time: string | null;
  expire_time: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  last_changed_at: Date;
  gone_at: Date | null;
}

interface EventRow {
  scope: string;
  customer_id: string;
  kind: ChangeEvent["kind"];
  before: TagFields | null;
  after: TagFields | null;
  observed_at: Date;
}

interface RunRow {
  id: string;
  trigger: Trigger;
  status: SyncRun["status"];
  started_at: Date;
  finished_at: Date | null;
  scopes_total: number;
  scopes_done: number;
  calls: number;
  rows_read: number;
  errors: string[];
}

const fieldsOf = (row: TagFields): TagFields => ({
  customer_tag_type: row.customer_tag_type,
  new_customer_tag: row.new_customer_tag,
  effective_time: row.effective_time,
  expire_time: row.expire_time,
});

const TAG_COLUMNS =
  "scope, customer_id, customer_tag_type, new_customer_tag, effective_time, expire_time, first_seen_at, last_seen_at, last_changed_at, gone_at";
const RUN_COLUMNS =
  "id::text as id, trigger, status, started_at, finished_at, scopes_total, scopes_done, calls, rows_read, errors";

function toPortfolioRow(row: TagRow): PortfolioRow {
  return {
    customer_id: row.customer_id,
    indirect_partner_id: resellerOf(row.scope),
    ...fieldsOf(row),
    first_seen_at: row.first_seen_at.toISOString(),
    last_changed_at: row.last_changed_at.toISOString(),
  };
}

function toEvent(row: EventRow): ChangeEvent {
  return {
    customer_id: row.customer_id,
    indirect_partner_id: resellerOf(row.scope),
    kind: row.kind,
    before: row.before,
    after: row.after,
    observed_at: row.observed_at.toISOString(),
  };
}

function toRun(row: RunRow, alerts: AlertDelivery[] = []): SyncRun {
  return {
    run_id: row.id,
    status: row.status,
    trigger: row.trigger,
    scopes_done: row.scopes_done,
    scopes_total: row.scopes_total,
    calls: row.calls,
    rows: row.rows_read,
    errors: row.errors,
    started_at: row.started_at.toISOString(),
    finished_at: row.finished_at?.toISOString() ?? null,
    alerts,
  };
}

/**
 * Writes what was seen of some customers of one scope at `at`: their current tags, and an event
 * for each change against what the store knew. A sync passes its run, which marks the rows as
 * seen by it (a complete pass then finds the ones it missed).
 */
async function applyTags(
  tx: Sql,
  scope: ScopeKey,
  tags: readonly NewCustomerTag[],
  at: Date,
  runId?: string,
): Promise<number> {
  // Answers how many change events it wrote: none means the portfolio answer is unchanged.
  // Huawei should not repeat a customer within one answer; if it does, the last row counts.
  const seen = new Map(tags.map((tag) => [tag.customer_id, tagFieldsOf(tag)]));
  if (seen.size === 0) return 0;
  // Writers of one scope take turns until their commit, in every process sharing the server: the
  // row locks below cannot lock a customer not stored yet, and two writers that both found it
  // absent would both record it as new.
  await tx.query("select pg_advisory_xact_lock($1, hashtext($2))", [SCOPE_LOCK_CLASS, scope]);
  const ids = [...seen.keys()];
  const known = new Map(
    (
      await tx.query<TagRow>(
        `select ${TAG_COLUMNS} from portfolio_tags where scope = $1 and customer_id = any($2::text[]) for update`,
        [scope, ids],
      )
    ).map((row) => [row.customer_id, row]),
  );
  const events: (TagChange & { customerId: string })[] = [];
  const firstSeen: Date[] = [];
  const lastChanged: Date[] = [];
  for (const [id, fields] of seen) {
    const before = known.get(id);
    const changes = changesOf(
      before && { fields: fieldsOf(before), gone: before.gone_at !== null },
      fields,
    );
    for (const change of changes) events.push({ ...change, customerId: id });
    firstSeen.push(before?.first_seen_at ?? at);
    lastChanged.push(changes.length > 0 || !before ? at : before.last_changed_at);
  }
  const column = (pick: (fields: TagFields) => string | null) => [...seen.values()].map(pick);
  await tx.query(
    `insert into portfolio_tags (scope, customer_id, customer_tag_type, new_customer_tag, effective_time, expire_time,
       first_seen_at, last_seen_at, last_changed_at, last_seen_run, gone_at)
     select $1, u.id, u.tag_type, u.tag, u.effective, u.expire, u.first_seen, $7, u.last_changed, $10::bigint, null
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $8::timestamptz[], $9::timestamptz[])
       as u (id, tag_type, tag, effective, expire, first_seen, last_changed)
     on conflict (scope, customer_id) do update set
       customer_tag_type = excluded.customer_tag_type, new_customer_tag = excluded.new_customer_tag,
       effective_time = excluded.effective_time, expire_time = excluded.expire_time,
       last_seen_at = excluded.last_seen_at, last_changed_at = excluded.last_changed_at,
       last_seen_run = coalesce(excluded.last_seen_run, portfolio_tags.last_seen_run), gone_at = null`,
    [
      scope,
      ids,
      column((f) => f.customer_tag_type),
      column((f) => f.new_customer_tag),
      column((f) => f.effective_time),
      column((f) => f.expire_time),
      at,
      firstSeen,
      lastChanged,
      runId ?? null,
    ],
  );
  await insertEvents(tx, scope, events, at, runId);
  return events.length;
}

async function insertEvents(
  tx: Sql,
  scope: ScopeKey,
  events: readonly (TagChange & { customerId: string })[],
  at: Date,
  runId: string | undefined,
): Promise<void> {
  if (events.length === 0) return;
  const json = (value: TagFields | null) => (value ? JSON.stringify(value) : null);
  await tx.query(
    `insert into change_events (scope, customer_id, kind, before, after, observed_at, run_id)
     select $1, u.id, u.kind, u.before, u.after, $6, $7::bigint
     from unnest($2::text[], $3::text[], $4::jsonb[], $5::jsonb[]) as u (id, kind, before, after)`,
    [
      scope,
      events.map((event) => event.customerId),
      events.map((event) => event.kind),
      events.map((event) => json(event.before)),
      events.map((event) => json(event.after)),
      at,
      runId ?? null,
    ],
  );
}

/** The portfolio's memory: customers' tags per scope, their changes, and the syncs that read them. */
export function createPortfolioStore(db: Database, clock: () => Date = () => new Date()) {
  // One writer at a time in this process: two writes about the same customer (a user's lookup and
  // a sync page) must not both compute their events from the same old state.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work, work);
    writes = next.catch(() => {});
    return next;
  };
  // Bumped by every write that changes what the portfolio answer holds (a change event, a run
  // that finished), so that answer can be built once and kept: a lookup that finds the same tags
  // again does not throw it away.
  let version = 0;
  const changed = (events: number) => {
    if (events > 0) version += 1;
    return events;
  };

  // A run's start, read once per run rather than once per page (a run writes 500 pages).
  const runStarts = new Map<string, Date>();
  const runStart = async (sql: Sql, runId: string): Promise<Date> => {
    let start = runStarts.get(runId);
    if (!start) {
      const [run] = await sql.query<{ started_at: Date }>(
        "select started_at from sync_runs where id = $1::bigint",
        [runId],
      );
      start = run?.started_at ?? clock();
      runStarts.set(runId, start);
    }
    return start;
  };

  const runById = async (sql: Sql, runId: string) =>
    (
      await sql.query<RunRow>(`select ${RUN_COLUMNS} from sync_runs where id = $1::bigint`, [runId])
    )[0];

  return {
    db,

    /** Changes whenever this store has written something. */
    version: () => version,

    /** Starts a sync run, or answers undefined when one is already running. */
    startRun: (trigger: Trigger): Promise<string | undefined> =>
      serial(() =>
        db.transaction(async (tx) => {
          const running = await tx.query("select 1 from sync_runs where status = 'running'");
          if (running.length > 0) return undefined;
          const [row] = await tx.query<{ id: string }>(
            "insert into sync_runs (trigger, status, started_at) values ($1, 'running', $2) returning id::text as id",
            [trigger, clock()],
          );
          return row?.id;
        }),
      ),

    /** The run left running (by this process, or by one that stopped in the middle). */
    async runningRunId(): Promise<string | undefined> {
      const [row] = await db.query<{ id: string }>(
        "select id::text as id from sync_runs where status = 'running' order by id desc limit 1",
      );
      return row?.id;
    },

    /** The running run, else the last one, with the alerts sent after it. */
    async currentRun(): Promise<SyncRun | undefined> {
      const [row] = await db.query<RunRow>(
        `select ${RUN_COLUMNS} from sync_runs order by (status = 'running') desc, id desc limit 1`,
      );
      return row && toRun(row, await deliveriesOf(db, row.id));
    },

    /** Fixes the scopes a run reads (kept as they are when the run resumes). */
    setScopes: (runId: string, scopes: readonly ScopeKey[]): Promise<void> =>
      serial(() =>
        db.transaction(async (tx) => {
          await tx.query(
            `insert into sync_scopes (run_id, scope, position)
             select $1::bigint, s.scope, s.position from unnest($2::text[], $3::int[]) as s (scope, position)
             on conflict do nothing`,
            [runId, scopes, scopes.map((_, index) => index)],
          );
          await tx.query(
            "update sync_runs set scopes_total = (select count(*)::int from sync_scopes where run_id = $1::bigint) where id = $1::bigint",
            [runId],
          );
        }),
      ),

    /** The scopes a run has not finished, in reading order, with where to go on. */
    async pendingScopes(runId: string): Promise<{ known: boolean; pending: PendingScope[] }> {
      const rows = await db.query<{ scope: string; next_offset: number; done: boolean }>(
        "select scope, next_offset, done from sync_scopes where run_id = $1::bigint order by position",
        [runId],
      );
      return {
        known: rows.length > 0,
        pending: rows
          .filter((row) => !row.done)
          .map((row) => ({ scope: row.scope, nextOffset: row.next_offset })),
      };
    },

    /**
     * Writes one page a sync read at `offset` of a scope, with its checkpoint, in one transaction.
     * A page already written (the checkpoint is past it) is ignored, so reading it again after a
     * crash adds no row and no event. The last page of a scope completes it: customers the pass did
     * not see become `gone`.
     */
    writePage: (
      runId: string,
      scope: ScopeKey,
      offset: number,
      tags: readonly NewCustomerTag[],
      last: boolean,
    ): Promise<boolean> =>
      serial(() =>
        db.transaction(async (tx) => {
          const [checkpoint] = await tx.query<{ next_offset: number; done: boolean }>(
            "select next_offset, done from sync_scopes where run_id = $1::bigint and scope = $2 for update",
            [runId, scope],
          );
          if (!checkpoint || checkpoint.done || checkpoint.next_offset !== offset) return false;
          // Everything a run sees is dated at its start: one time per run, not per page, which
          // is what "as of" means and keeps the portfolio answer small on the wire.
          const at = await runStart(tx, runId);
          const events =
            (await applyTags(tx, scope, tags, at, runId)) +
            (last ? await markGone(tx, scope, runId, at) : 0);
          await tx.query(
            "update sync_scopes set next_offset = $3, done = $4 where run_id = $1::bigint and scope = $2",
            [runId, scope, offset + tags.length, last],
          );
          await tx.query(
            `update sync_runs set calls = calls + 1, rows_read = rows_read + $2, scopes_done = scopes_done + $3
             where id = $1::bigint`,
            [runId, tags.length, last ? 1 : 0],
          );
          changed(events);
          return true;
        }),
      ),

    /** Notes a call or scope that failed, on the run's error list. */
    addError: (runId: string, message: string): Promise<void> =>
      serial(async () => {
        await db.query(
          "update sync_runs set errors = errors || $2::jsonb, calls = calls + 1 where id = $1::bigint",
          [runId, JSON.stringify([message])],
        );
      }),

    /** Closes a run; answers it, or undefined when it was not running (closed already, by another replica). */
    finishRun: (runId: string, status: "succeeded" | "failed"): Promise<SyncRun | undefined> =>
      serial(async () => {
        const closed = await db.query(
          "update sync_runs set status = $2, finished_at = $3 where id = $1::bigint and status = 'running' returning 1",
          [runId, status, clock()],
        );
        runStarts.delete(runId);
        if (closed.length === 0) return undefined;
        // "as of" and "complete" change with it.
        changed(1);
        const row = await runById(db, runId);
        return row && toRun(row);
      }),

    /** How far a run has got: rows written, scopes finished and in all. */
    async progress(
      runId: string,
    ): Promise<{ rows: number; scopesDone: number; scopesTotal: number } | undefined> {
      const row = await runById(db, runId);
      return (
        row && { rows: row.rows_read, scopesDone: row.scopes_done, scopesTotal: row.scopes_total }
      );
    },

    /** Records tags a user's lookup or browse page brought back (no `gone`: a partial view proves no absence). */
    recordObserved: (scope: ScopeKey, tags: readonly NewCustomerTag[]): Promise<number> =>
      serial(async () =>
        changed(await db.transaction((tx) => applyTags(tx, scope, tags, clock()))),
      ),

    /** Every customer present in the portfolio, optionally of one scope. */
    async portfolio(scope?: ScopeKey): Promise<Portfolio> {
      const where = scope === undefined ? "" : "and scope = $1";
      // Rows with the same tag follow each other: 100,000 rows compress to under 2 MB this way,
      // against 2.2 MB in customer ID order (measured with gzip; the browser sorts as it likes).
      const rows = await db.query<TagRow>(
        `select ${TAG_COLUMNS} from portfolio_tags where gone_at is null ${where}
         order by scope, new_customer_tag, customer_tag_type, effective_time, expire_time, first_seen_at, last_changed_at, customer_id`,
        scope === undefined ? [] : [scope],
      );
      const [status] = await db.query<{ finished_at: Date | null; newest: Date | null }>(
        `select (select max(finished_at) from sync_runs where status = 'succeeded') as finished_at,
                (select max(last_seen_at) from portfolio_tags) as newest`,
      );
      const asOf = status?.finished_at ?? status?.newest ?? null;
      return {
        as_of: asOf?.toISOString() ?? null,
        complete: status?.finished_at != null,
        rows: rows.map(toPortfolioRow),
      };
    },

    /** When the last finished sync started: "what changed" starts there unless told otherwise. */
    async previousSyncStart(): Promise<Date | undefined> {
      const [row] = await db.query<{ started_at: Date }>(
        "select started_at from sync_runs where status <> 'running' order by id desc limit 1",
      );
      return row?.started_at;
    },

    /** Change events observed at or after `since`, newest first, at most MAX_CHANGES. */
    async changes(since: Date): Promise<Changes> {
      const rows = await db.query<EventRow>(
        `select scope, customer_id, kind, before, after, observed_at from change_events
         where observed_at >= $1 order by observed_at desc, id desc limit $2`,
        [since, MAX_CHANGES + 1],
      );
      return {
        since: since.toISOString(),
        changes: rows.slice(0, MAX_CHANGES).map(toEvent),
        truncated: rows.length > MAX_CHANGES,
      };
    },

    /** Customers seen losing their tag (to N) since `since`, once per customer and China-time month. */
    async lapses(since: Date): Promise<Lapses> {
      // Narrowed here to the events that can be one; lapsesOf applies the rule and counts each once a month.
      const rows = await db.query<EventRow>(
        `select scope, customer_id, kind, before, after, observed_at from change_events
         where observed_at >= $1 and kind = 'tag_changed' and after ->> 'new_customer_tag' = 'N'
         order by observed_at, id`,
        [since],
      );
      return { since: since.toISOString(), lapses: lapsesOf(rows) };
    },

    /** A customer's current state in each scope it is known in, with its history; undefined when unknown. */
    async customer(customerId: string): Promise<CustomerHistory | undefined> {
      const rows = await db.query<TagRow>(
        `select ${TAG_COLUMNS} from portfolio_tags where customer_id = $1 order by scope`,
        [customerId],
      );
      if (rows.length === 0) return undefined;
      const events = await db.query<EventRow>(
        `select scope, customer_id, kind, before, after, observed_at from change_events
         where customer_id = $1 order by observed_at desc, id desc`,
        [customerId],
      );
      return {
        customer_id: customerId,
        scopes: rows.map((row) => ({
          ...toPortfolioRow(row),
          last_seen_at: row.last_seen_at.toISOString(),
          gone_at: row.gone_at?.toISOString() ?? null,
          history: events.filter((event) => event.scope === row.scope).map(toEvent),
        })),
      };
    },

    /**
     * Reclaims the space of the rows a sync rewrote (every customer's row, each day). A PostgreSQL
     * server's autovacuum would too; the embedded store has none.
     */
    maintain: (): Promise<void> =>
      serial(async () => {
        await db.query("vacuum (analyze) portfolio_tags, change_events, sync_scopes, sync_runs");
        // Lets the write-ahead log of the sync be recycled: the embedded store has no checkpointer
        // (a server has, and CHECKPOINT there needs a privilege the store's user may lack).
        if (db.kind === "embedded") await db.query("checkpoint");
      }),

    /** Deletes change events older than `months`; answers how many went. */
    prune: (months: number): Promise<number> =>
      serial(async () => {
        const cutoff = clock();
        cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
        const [row] = await db.query<{ count: number }>(
          "with deleted as (delete from change_events where observed_at < $1 returning 1) select count(*)::int as count from deleted",
          [cutoff],
        );
        return row?.count ?? 0;
      }),
  };
}

export type PortfolioStore = ReturnType<typeof createPortfolioStore>;

// A complete pass of the scope did not see these customers: they are kept, marked gone, with an
// event holding their last tag.
async function markGone(tx: Sql, scope: ScopeKey, runId: string, at: Date): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    `with gone as (
       update portfolio_tags set gone_at = $3, last_changed_at = $3
       where scope = $1 and gone_at is null and last_seen_run is distinct from $2::bigint
       returning customer_id, customer_tag_type, new_customer_tag, effective_time, expire_time),
     recorded as (
       insert into change_events (scope, customer_id, kind, before, after, observed_at, run_id)
       select $1, customer_id, 'gone',
         jsonb_build_object('customer_tag_type', customer_tag_type, 'new_customer_tag', new_customer_tag,
           'effective_time', effective_time, 'expire_time', expire_time),
         null, $3, $2::bigint
       from gone
       returning 1)
     select count(*)::int as count from recorded`,
    [scope, runId, at],
  );
  return row?.count ?? 0;
}
