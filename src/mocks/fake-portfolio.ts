import type { NewCustomerTag } from "#contract/huawei-api";
import type {
  ChangeEvent,
  ChangeKind,
  Changes,
  CustomerHistory,
  Lapses,
  Portfolio,
  PortfolioRow,
  SyncRun,
  SyncState,
  TagFields,
} from "#contract/portfolio-api";
import type { Health } from "#contract/proxy-api";
import { addMonths, currentMonth } from "#domain/month";
import { lapsesOf } from "#domain/tag-changes";
import type { Dataset, FakeCustomer } from "./dataset.ts";

// The proxy's store of tags, faked for `npm run dev` and the web tests: every customer of the data
// set as a sync would have stored it, a handful of changes of each kind, and a sync that moves on
// one step each time it is asked about and then succeeds. Plain data and functions; the msw
// routes are in portfolio-handlers.ts.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Changes one answer holds at most; older ones are left out (`truncated`). */
export const MAX_CHANGES = 10_000;
// Huawei's page size for the tag list, which a sync reads every scope with.
const PAGE = 200;

/** A customer's place in the store: its row (last seen), and when a pass missed it, if one did. */
interface Known {
  row: PortfolioRow;
  goneAt: string | null;
  lastSeenAt: string;
}

/** The fake store; tests may read and change it directly. */
export interface FakePortfolio {
  /** The switch tests flip: "off" answers 501 and "unavailable" 503 on every portfolio route, and health says so. */
  store: Health["store"];
  dataset: Dataset;
  /** Every customer the store has seen, by scope and ID. */
  known: Map<string, Known>;
  /** Every change seen, oldest first. */
  events: ChangeEvent[];
  asOf: string | null;
  complete: boolean;
  /** The running or the last run. */
  run: SyncRun | null;
  /** Where the changes of the last finished sync start: the default window of `/changes`. */
  lastSyncStart: string;
  runCount: number;
  now: () => Date;
}

const keyOf = (resellerId: string | null, customerId: string) =>
  `${resellerId ?? ""}/${customerId}`;
const iso = (ms: number) => new Date(ms).toISOString();
const text = (value: string | null | undefined) => (value ? value : null);

function fieldsOf(tag: NewCustomerTag): TagFields {
  return {
    customer_tag_type: text(tag.customer_tag_type),
    new_customer_tag: text(tag.new_customer_tag),
    effective_time: text(tag.effective_time),
    expire_time: text(tag.expire_time),
  };
}

const scopeCount = (dataset: Dataset) => 1 + dataset.resellers.length;

// Scopes in the order a sync reads them: the partner's own customers, then each reseller's.
function scopeSizes(dataset: Dataset): number[] {
  return [
    dataset.ownCustomers.length,
    ...dataset.resellers.map(
      (r) => dataset.customersByReseller.get(r.indirect_partner_id)?.length ?? 0,
    ),
  ];
}

const callsFor = (rows: number) => Math.floor(rows / PAGE) + 1;

/** Creates the store as after a sync two hours ago, the first one a month ago. */
export function createFakePortfolio(
  dataset: Dataset,
  options: { now?: () => Date } = {},
): FakePortfolio {
  const now = options.now ?? (() => new Date());
  const t0 = now().getTime();
  const firstSync = t0 - 30 * DAY;
  const lastStart = t0 - 2 * HOUR;
  const lastEnd = lastStart + 4 * MINUTE;
  const known = new Map<string, Known>();
  const events: ChangeEvent[] = [];
  const event = (
    c: FakeCustomer,
    kind: ChangeKind,
    before: TagFields | null,
    after: TagFields | null,
    at: number,
  ) =>
    events.push({
      customer_id: c.tag.customer_id,
      indirect_partner_id: c.resellerId ?? null,
      kind,
      before,
      after,
      observed_at: iso(at),
    });

  dataset.customers.forEach((c, index) => {
    // Most were there at the first sync; every sixth came later, on a day of its own.
    const firstSeen =
      index % 6 === 0 ? t0 - (1 + (index % 28)) * DAY - (index % 600) * MINUTE : firstSync;
    const fields = fieldsOf(c.tag);
    const row: PortfolioRow = {
      customer_id: c.tag.customer_id,
      indirect_partner_id: c.resellerId ?? null,
      ...fields,
      first_seen_at: iso(firstSeen),
      last_changed_at: iso(firstSeen),
    };
    known.set(keyOf(row.indirect_partner_id, row.customer_id), {
      row,
      goneAt: null,
      lastSeenAt: iso(lastEnd),
    });
    if (firstSeen > firstSync) event(c, "new", null, fields, firstSeen);
  });

  // What the last sync found: a few customers of each kind, across the scopes.
  const dated = dataset.customers.filter(
    (c, index) => index % 6 !== 0 && c.tag.expire_time && c.tag.effective_time,
  );
  // Spread over the data set (997 is prime), never the same customer twice.
  let picked = 0;
  const pick = (count: number) =>
    Array.from({ length: count }, () => dated[(11 + picked++ * 997) % dated.length]!);
  // The last sync's events, ten seconds apart.
  let steps = 0;
  const during = () => lastStart + ++steps * 10_000;
  const rowOf = (c: FakeCustomer) => known.get(keyOf(c.resellerId ?? null, c.tag.customer_id))!;
  const changed = (c: FakeCustomer, kind: ChangeKind, before: TagFields) => {
    const entry = rowOf(c);
    const at = during();
    event(c, kind, before, fieldsOf(c.tag), at);
    entry.row.last_changed_at = iso(at);
  };
  for (const c of pick(4)) {
    const after = fieldsOf(c.tag);
    changed(c, "tag_changed", {
      ...after,
      new_customer_tag: after.new_customer_tag === "Y" ? "UNDETERMINED" : "Y",
    });
  }
  for (const c of pick(3)) {
    const after = fieldsOf(c.tag);
    changed(c, "effective_changed", {
      ...after,
      effective_time: addMonths(after.effective_time!, -1),
    });
  }
  for (const c of pick(3)) {
    const after = fieldsOf(c.tag);
    changed(c, "expiry_changed", { ...after, expire_time: addMonths(after.expire_time!, -1) });
  }
  for (const c of pick(3)) {
    const entry = rowOf(c);
    entry.goneAt = iso(during());
    entry.lastSeenAt = iso(lastStart - 2 * DAY);
    event(c, "gone", fieldsOf(c.tag), null, Date.parse(entry.goneAt));
  }
  for (const c of pick(2)) {
    const entry = rowOf(c);
    // Missed by a complete pass ten days ago, listed again now.
    event(c, "gone", fieldsOf(c.tag), null, t0 - 10 * DAY);
    const at = during();
    event(c, "back", null, fieldsOf(c.tag), at);
    entry.row.last_changed_at = iso(at);
  }
  for (const c of pick(3)) {
    const entry = rowOf(c);
    const at = during();
    entry.row.first_seen_at = entry.row.last_changed_at = iso(at);
    event(c, "new", null, fieldsOf(c.tag), at);
  }
  events.sort((a, b) => Date.parse(a.observed_at) - Date.parse(b.observed_at));

  const rows = dataset.customers.length;
  return {
    store: "ok",
    dataset,
    known,
    events,
    asOf: iso(lastEnd),
    complete: true,
    run: {
      run_id: "run-0",
      status: "succeeded",
      trigger: "schedule",
      scopes_done: scopeCount(dataset),
      scopes_total: scopeCount(dataset),
      calls: scopeSizes(dataset).reduce((sum, size) => sum + callsFor(size), 1),
      rows,
      errors: [],
      started_at: iso(lastStart),
      finished_at: iso(lastEnd),
      alerts: [],
    },
    lastSyncStart: iso(lastStart),
    runCount: 0,
    now,
  };
}

/** `GET /api/portfolio`: every customer not seen leaving, of one scope (`own` or a reseller's ID) or all. */
export function portfolioAnswer(store: FakePortfolio, scope: string | null): Portfolio {
  const wanted = scope === null ? undefined : scope === "own" ? null : scope;
  const rows: PortfolioRow[] = [];
  for (const { row, goneAt } of store.known.values()) {
    if (goneAt === null && (wanted === undefined || row.indirect_partner_id === wanted))
      rows.push(row);
  }
  return { as_of: store.asOf, complete: store.complete, rows };
}

/** `GET /api/portfolio/changes`: the changes since `since`, or since the last finished sync began. */
export function changesAnswer(store: FakePortfolio, since: string | undefined): Changes {
  const from = since ?? store.lastSyncStart;
  const start = Date.parse(from);
  const all = store.events.filter((e) => Date.parse(e.observed_at) >= start);
  return {
    since: new Date(start).toISOString(),
    changes: all.slice(-MAX_CHANGES),
    truncated: all.length > MAX_CHANGES,
  };
}

/** `GET /api/portfolio/lapses`: customers whose tag turned N in the past year, once per China-time month. */
export function lapsesAnswer(store: FakePortfolio): Lapses {
  const since = new Date(`${addMonths(currentMonth(store.now()), -12)}-01T00:00:00+08:00`);
  const recent = store.events.filter((event) => Date.parse(event.observed_at) >= since.getTime());
  return { since: since.toISOString(), lapses: lapsesOf(recent) };
}

/** `GET /api/portfolio/customers/{id}`: the customer in every scope it is known in; undefined if in none. */
export function customerAnswer(
  store: FakePortfolio,
  customerId: string,
): CustomerHistory | undefined {
  const scopes: CustomerHistory["scopes"] = [];
  for (const { row, goneAt, lastSeenAt } of store.known.values()) {
    if (row.customer_id !== customerId) continue;
    const history = store.events
      .filter(
        (e) => e.customer_id === customerId && e.indirect_partner_id === row.indirect_partner_id,
      )
      .toReversed();
    scopes.push({ ...row, last_seen_at: lastSeenAt, gone_at: goneAt, history });
  }
  return scopes.length > 0 ? { customer_id: customerId, scopes } : undefined;
}

/** `POST /api/portfolio/sync`: a new run, or undefined when one is running (409). */
export function startRun(store: FakePortfolio): SyncRun | undefined {
  if (store.run?.status === "running") return undefined;
  store.runCount += 1;
  store.run = {
    run_id: `run-${store.runCount}`,
    status: "running",
    trigger: "user",
    scopes_done: 0,
    scopes_total: 0,
    calls: 0,
    rows: 0,
    errors: [],
    started_at: store.now().toISOString(),
    finished_at: null,
    alerts: [],
  };
  return store.run;
}

/**
 * `GET /api/portfolio/sync`: a running run moves on a step each time it is asked about (the
 * reseller list and two scopes, two more scopes, the rest) and then succeeds, having seen one
 * customer's tag change.
 */
export function syncAnswer(store: FakePortfolio): SyncState {
  const run = store.run;
  if (!run) return { run: null };
  if (run.status !== "running") return run;
  const sizes = scopeSizes(store.dataset);
  const done = Math.min(sizes.length, run.scopes_done + 2);
  const read = sizes.slice(run.scopes_done, done);
  store.run = {
    ...run,
    scopes_total: sizes.length,
    scopes_done: done,
    calls:
      run.calls +
      (run.scopes_total === 0 ? 1 : 0) +
      read.reduce((sum, size) => sum + callsFor(size), 0),
    rows: run.rows + read.reduce((sum, size) => sum + size, 0),
  };
  if (done === sizes.length) finish(store);
  return store.run;
}

// The run succeeds: the store is as of now, and the next customer in turn changed its tag.
function finish(store: FakePortfolio): void {
  const at = store.now().toISOString();
  const run = store.run!;
  store.run = { ...run, status: "succeeded", finished_at: at };
  store.lastSyncStart = run.started_at;
  store.asOf = at;
  store.complete = true;
  const rows = [...store.known.values()].filter(
    (entry) => entry.goneAt === null && entry.row.new_customer_tag,
  );
  const entry = rows[(store.runCount * 131) % rows.length];
  if (!entry) return;
  const before: TagFields = {
    customer_tag_type: entry.row.customer_tag_type,
    new_customer_tag: entry.row.new_customer_tag,
    effective_time: entry.row.effective_time,
    expire_time: entry.row.expire_time,
  };
  const after = { ...before, new_customer_tag: before.new_customer_tag === "N" ? "Y" : "N" };
  Object.assign(entry.row, after, { last_changed_at: at });
  for (const known of store.known.values()) if (known.goneAt === null) known.lastSeenAt = at;
  store.events.push({
    customer_id: entry.row.customer_id,
    indirect_partner_id: entry.row.indirect_partner_id,
    kind: "tag_changed",
    before,
    after,
    observed_at: at,
  });
}
