import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Database, openDatabase } from "../store/database.ts";
import { migrate } from "../store/migrations.ts";

/**
 * One migrated in-memory PGlite per test file, emptied before each test: starting PGlite takes
 * seconds, emptying its tables milliseconds. Read `.db` inside tests and hooks.
 */
export function withTestDatabase(): { readonly db: Database } {
  const holder: { db?: Database } = {};
  beforeAll(async () => {
    holder.db = await openDatabase({});
    await migrate(holder.db);
  });
  beforeEach(async () => {
    await holder.db?.query("truncate sync_runs, sync_scopes, portfolio_tags, change_events, alert_deliveries restart identity cascade");
  });
  afterAll(async () => {
    await holder.db?.close();
  });
  return {
    get db() {
      if (!holder.db) throw new Error("withTestDatabase: read .db inside a test or hook");
      return holder.db;
    },
  };
}
