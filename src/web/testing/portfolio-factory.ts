import type { ChangeEvent, PortfolioRow, SyncRun, TagFields } from "#contract/portfolio-api";

// Portfolio answers for web tests, each saying only what matters to the test through overrides.

const TAG: TagFields = {
  customer_tag_type: "SMB",
  new_customer_tag: "Y",
  effective_time: "2025-06",
  expire_time: "2026-05",
};

/** A tag's fields: an active Y of type SMB unless overridden. */
export function buildTagFields(overrides: Partial<TagFields> = {}): TagFields {
  return { ...TAG, ...overrides };
}

/** A stored row of the partner's own customer `c0`, seen on 1 December 2025. */
export function buildPortfolioRow(overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    customer_id: "c0",
    indirect_partner_id: null,
    ...TAG,
    first_seen_at: "2025-12-01T00:00:00Z",
    last_changed_at: "2025-12-01T00:00:00Z",
    ...overrides,
  };
}

/** A change of customer `c0`'s tag from UNDETERMINED to Y, seen on 10 January 2026. */
export function buildChange(overrides: Partial<ChangeEvent> = {}): ChangeEvent {
  return {
    customer_id: "c0",
    indirect_partner_id: null,
    kind: "tag_changed",
    before: buildTagFields({ new_customer_tag: "UNDETERMINED" }),
    after: buildTagFields(),
    observed_at: "2026-01-10T02:00:00Z",
    ...overrides,
  };
}

/** A scheduled sync a minute old, 1 of 5 scopes done. */
export function buildSyncRun(overrides: Partial<SyncRun> = {}): SyncRun {
  return {
    run_id: "run-7",
    status: "running",
    trigger: "schedule",
    scopes_done: 1,
    scopes_total: 5,
    calls: 12,
    rows: 4800,
    errors: [],
    started_at: new Date(Date.now() - 60_000).toISOString(),
    finished_at: null,
    ...overrides,
  };
}
