import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "./database.ts";
import { MIGRATIONS, migrate } from "./migrations.ts";

let db: Database;
beforeEach(async () => {
  db = await openDatabase({});
});
afterEach(async () => {
  await db.close();
});

describe("migrations", () => {
  it("applies each migration once, in order", async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
  });

  it("names the migration that failed and leaves none of it applied", async () => {
    const broken = [...MIGRATIONS, { version: 99, name: "broken", statements: ["create table t (a int)", "select nonsense from nowhere"] }];
    await expect(migrate(db, broken)).rejects.toThrow(/^migration 99 \(broken\) failed: relation "nowhere" does not exist/);
    expect(await db.query("select 1 from information_schema.tables where table_name = 't'")).toEqual([]);
  });
});
