import type { Database } from "./database.ts";
import { LOCK_CLASS } from "./run-lock.ts";

// Held while a replica migrates: replicas starting together on a new server would otherwise all
// create the same tables, and all but one fail.
const MIGRATION_LOCK = [LOCK_CLASS, 2] as const;

/** One step of the store's schema; applied once, in order, in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/** A migration that failed: the start stops with this message, which names it. */
export class MigrationError extends Error {
  constructor(migration: Migration, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`migration ${migration.version} (${migration.name}) failed: ${reason}`, { cause });
    this.name = "MigrationError";
  }
}

// Never edit a migration that has shipped: add the next one. `scope` is '' for the partner's own
// customers and the indirect partner's ID otherwise. Contact fields are never stored.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "portfolio",
    statements: [
      `create table sync_runs (
        id bigserial primary key,
        trigger text not null,
        status text not null check (status in ('running', 'succeeded', 'failed')),
        started_at timestamptz not null,
        finished_at timestamptz,
        scopes_total int not null default 0,
        scopes_done int not null default 0,
        calls int not null default 0,
        rows_read int not null default 0,
        errors jsonb not null default '[]'
      )`,
      // What a sync still has to read of each scope: a page is written with its checkpoint, so a
      // sync that stops anywhere resumes on the first page not yet written.
      `create table sync_scopes (
        run_id bigint not null references sync_runs (id) on delete cascade,
        scope text not null,
        position int not null,
        next_offset int not null default 0,
        done boolean not null default false,
        primary key (run_id, scope)
      )`,
      `create table portfolio_tags (
        scope text not null,
        customer_id text not null,
        customer_tag_type text,
        new_customer_tag text,
        effective_time text,
        expire_time text,
        first_seen_at timestamptz not null,
        last_seen_at timestamptz not null,
        last_changed_at timestamptz not null,
        last_seen_run bigint,
        gone_at timestamptz,
        primary key (scope, customer_id)
      )`,
      "create index portfolio_tags_customer on portfolio_tags (customer_id)",
      `create table change_events (
        id bigserial primary key,
        scope text not null,
        customer_id text not null,
        kind text not null,
        before jsonb,
        after jsonb,
        observed_at timestamptz not null,
        run_id bigint
      )`,
      "create index change_events_observed on change_events (observed_at)",
      "create index change_events_customer on change_events (customer_id)",
    ],
  },
  {
    version: 2,
    name: "alert deliveries",
    statements: [
      // One row per run and channel, inserted before the first attempt: the primary key is the
      // claim that keeps a digest from being sent twice, by a second replica or after a restart.
      `create table alert_deliveries (
        run_id bigint not null references sync_runs (id) on delete cascade,
        channel text not null,
        status text not null check (status in ('sending', 'sent', 'failed')),
        attempts int not null default 0,
        http_status int,
        error text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (run_id, channel)
      )`,
      "create index change_events_run on change_events (run_id)",
    ],
  },
];

/** Applies the migrations the database has not seen yet; throws MigrationError naming the one that failed. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const session = await db.session?.();
  if (!session) return applyMissing(db, migrations);
  try {
    await session.query("select pg_advisory_lock($1, $2)", MIGRATION_LOCK);
  } catch (error) {
    session.release(true);
    throw error;
  }
  try {
    return await applyMissing(db, migrations);
  } finally {
    // Closing the connection gives the lock back too.
    await session.query("select pg_advisory_unlock($1, $2)", MIGRATION_LOCK).then(
      () => session.release(),
      () => session.release(true),
    );
  }
}

async function applyMissing(db: Database, migrations: readonly Migration[]): Promise<number[]> {
  await db.query(
    "create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())",
  );
  const done = new Set(
    (await db.query<{ version: number }>("select version from schema_migrations")).map(
      (row) => row.version,
    ),
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    try {
      await db.transaction(async (tx) => {
        for (const statement of migration.statements) await tx.query(statement);
        await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [
          migration.version,
          migration.name,
        ]);
      });
    } catch (error) {
      throw new MigrationError(migration, error);
    }
    applied.push(migration.version);
  }
  return applied;
}
