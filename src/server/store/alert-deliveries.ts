import { ALERT_CHANNELS, type AlertChannel, type AlertDelivery } from "#contract/alerts-api";
import type { Database, Sql } from "./database.ts";

interface DeliveryRow {
  channel: AlertChannel;
  status: AlertDelivery["status"];
  attempts: number;
  http_status: number | null;
  error: string | null;
  updated_at: Date;
}

const toDelivery = (row: DeliveryRow): AlertDelivery => ({
  channel: row.channel,
  status: row.status,
  attempts: row.attempts,
  http_status: row.http_status,
  error: row.error,
  at: row.updated_at.toISOString(),
});

/** The alerts of a run, in channel order, as the sync answer shows them. */
export async function deliveriesOf(sql: Sql, runId: string): Promise<AlertDelivery[]> {
  const rows = await sql.query<DeliveryRow>(
    "select channel, status, attempts, http_status, error, updated_at from alert_deliveries where run_id = $1::bigint",
    [runId],
  );
  const order = (row: DeliveryRow) => ALERT_CHANNELS.indexOf(row.channel);
  return rows.sort((a, b) => order(a) - order(b)).map(toDelivery);
}

/** What one attempt came to: the channel's HTTP status, if any, and why it failed, if it did. */
export interface AttemptOutcome {
  attempts: number;
  httpStatus: number | null;
  error: string | null;
}

/**
 * The record of each digest's delivery to each channel. A row is inserted (claimed) before the
 * first attempt: whoever inserts it sends, anyone else does not, so a digest goes once per run and
 * channel whatever restarts or replicas happen.
 */
export function createAlertDeliveries(db: Database, clock: () => Date = () => new Date()) {
  return {
    /** Claims the delivery of a run's digest to a channel; true only for the one caller that got it. */
    async claim(runId: string, channel: AlertChannel): Promise<boolean> {
      const now = clock();
      const rows = await db.query(
        `insert into alert_deliveries (run_id, channel, status, attempts, created_at, updated_at)
         values ($1::bigint, $2, 'sending', 0, $3, $3) on conflict do nothing returning 1`,
        [runId, channel, now],
      );
      return rows.length === 1;
    },

    /** Notes an attempt while more may follow (a crash then shows how far it got). */
    async attempted(runId: string, channel: AlertChannel, outcome: AttemptOutcome): Promise<void> {
      await db.query(
        `update alert_deliveries set attempts = $3, http_status = $4, error = $5, updated_at = $6
         where run_id = $1::bigint and channel = $2`,
        [runId, channel, outcome.attempts, outcome.httpStatus, outcome.error, clock()],
      );
    },

    /** Closes a delivery as sent or failed; the sender's outcome wins over an `interrupted` guess. */
    async finish(runId: string, channel: AlertChannel, status: "sent" | "failed", outcome: AttemptOutcome): Promise<void> {
      await db.query(
        `update alert_deliveries set status = $3, attempts = $4, http_status = $5, error = $6, updated_at = $7
         where run_id = $1::bigint and channel = $2`,
        [runId, channel, status, outcome.attempts, outcome.httpStatus, outcome.error, clock()],
      );
    },

    /** The channels a run's digest was claimed for, whatever came of them. */
    async claimed(runId: string): Promise<Set<AlertChannel>> {
      const rows = await db.query<{ channel: AlertChannel }>("select channel from alert_deliveries where run_id = $1::bigint", [runId]);
      return new Set(rows.map((row) => row.channel));
    },

    /**
     * Marks as failed ("interrupted") the deliveries left `sending`, last touched before `before`:
     * a process stopped in the middle of them. They are not sent again: the channel may have
     * received the digest before the answer was lost. Answers how many there were.
     */
    async interrupt(before: Date): Promise<number> {
      const rows = await db.query(
        `update alert_deliveries set status = 'failed', error = 'interrupted', updated_at = $2
         where status = 'sending' and updated_at < $1 returning 1`,
        [before, clock()],
      );
      return rows.length;
    },

    deliveries: (runId: string) => deliveriesOf(db, runId),
  };
}

export type AlertDeliveries = ReturnType<typeof createAlertDeliveries>;
