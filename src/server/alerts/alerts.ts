import { setMaxListeners } from "node:events";
import type { Logger } from "pino";
import { ALERT_CHANNELS, type AlertChannel, type AlertDelivery, type AlertSettings } from "#contract/alerts-api";
import { addMonths, currentMonth } from "#domain/month";
import type { AlertConfig, AlertTarget } from "../config.ts";
import type { BssCall } from "../huawei/bss-client.ts";
import { metrics } from "../metrics.ts";
import type { RunListener } from "../portfolio/portfolio.ts";
import { type AlertDeliveries, createAlertDeliveries } from "../store/alert-deliveries.ts";
import type { Database } from "../store/database.ts";
import { lastFinishedRun, readDigestFacts } from "../store/digest-facts.ts";
import { type DeliverOptions, type DeliveryResult, deliver } from "./deliver.ts";
import { buildDigest, type Digest, testDigest, withNames } from "./digest.ts";
import { alertRequest } from "./messages.ts";
import { lookUpNames } from "./names.ts";

/** The alerts' configuration, the upstream for names, and the log; clock and delivery for tests. */
export interface AlertsOptions {
  config: AlertConfig;
  /** The proxy's upstream, for the names of a digest's customers. */
  call: BssCall;
  logger: Logger;
  clock?: (() => Date) | undefined;
  /** The delivery's policy and sleep (tests wait no real time). */
  delivery?: Pick<DeliverOptions, "policy" | "sleep"> | undefined;
}

// A "Send test alert" answers the person who pressed it: one retry, not five.
const TEST_ATTEMPTS = 2;

// A digest the process had no time to send (it stopped between the sync's end and the alert) is
// sent at the next start, unless it is older than this: the next sync's digest is fresher news.
const CATCH_UP_MS = 24 * 3600_000;

// A delivery updates its row after each attempt, at most an attempt (10 s) and a wait (8 s) apart;
// a row left `sending` longer belongs to a process that stopped. The embedded store has one
// process, so at its start every such row is.
const STALE_SENDING_MS = 2 * 60_000;

/**
 * The alerts sent after each sync that found something, to every configured channel, each
 * digest once per run and channel (claimed in the store before it is sent), and the test alert.
 */
export function createAlerts(options: AlertsOptions) {
  const { config, call, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const wording = { language: config.language, link: config.link };
  const stopping = new AbortController();
  // A digest's name lookups (40 calls at most) each listen to it at once, beyond Node's warning at 10.
  setMaxListeners(100, stopping.signal);
  const work = new Set<Promise<void>>();
  let records: AlertDeliveries | undefined;
  let db: Database | undefined;

  const track = (job: Promise<void>) => {
    work.add(job);
    void job.finally(() => work.delete(job));
  };

  const hostOf = (target: AlertTarget) => new URL(target.url).host;

  const send = async (target: AlertTarget, digest: Digest, extra: Pick<DeliverOptions, "onAttempt" | "policy">): Promise<DeliveryResult> => {
    const result = await deliver(target, (nowMs) => alertRequest(target, digest, wording, nowMs), {
      sleep: options.delivery?.sleep,
      now: () => clock().getTime(),
      signal: stopping.signal,
      ...extra,
      policy: { ...options.delivery?.policy, ...extra.policy },
    });
    metrics.alertDeliveries.inc({ channel: target.channel, status: result.status });
    return result;
  };

  const logResult = (result: DeliveryResult, fields: Record<string, unknown>) => {
    const line = { ...fields, status: result.status, attempts: result.attempts, httpStatus: result.httpStatus };
    if (result.status === "sent") logger.info(line, "alert sent");
    else logger.warn({ ...line, error: result.error }, "alert not delivered");
  };

  /** The run's digest to each configured channel it was not yet claimed for, when it found something. */
  const deliverRun = async (runId: string): Promise<void> => {
    if (!records || !db || config.targets.length === 0) return;
    const claimed = await records.claimed(runId);
    const due = config.targets.filter((target) => !claimed.has(target.channel));
    if (due.length === 0) return;
    const month = currentMonth(clock());
    const window = config.expiringMonths > 0 ? { from: month, to: addMonths(month, config.expiringMonths) } : undefined;
    const facts = await readDigestFacts(db, runId, window);
    const digest = facts && buildDigest(facts, { month, expiringMonths: config.expiringMonths });
    if (!digest) {
      logger.info({ runId }, "alerts: the sync found nothing to alert");
      return;
    }
    const names = await lookUpNames(call, digest.entries, stopping.signal);
    const named = withNames(digest, names.customers, names.resellers);
    const deliveries = records;
    await Promise.all(
      due.map(async (target) => {
        // Stopping before the claim leaves the digest to the next start's catch-up.
        if (stopping.signal.aborted || !(await deliveries.claim(runId, target.channel))) return;
        const result = await send(target, named, { onAttempt: (outcome) => deliveries.attempted(runId, target.channel, outcome) });
        await deliveries.finish(runId, target.channel, result.status, result);
        logResult(result, { runId, channel: target.channel, host: hostOf(target) });
      }),
    );
  };

  const runSafely = (what: string, runId: string | undefined, job: () => Promise<void>) =>
    track(job().catch((error: unknown) => logger.error({ runId, err: error instanceof Error ? error.message : String(error) }, `alerts: ${what} failed`)));

  const listener: RunListener = {
    async opened(database) {
      db = database;
      records = createAlertDeliveries(database, clock);
      const cutoff = new Date(clock().getTime() - (database.kind === "embedded" ? 0 : STALE_SENDING_MS));
      const deliveries = records;
      // In the background like the digest itself: the portfolio opens whatever the alerts' table says.
      runSafely("catching up", undefined, async () => {
        const interrupted = await deliveries.interrupt(cutoff);
        if (interrupted > 0) logger.warn({ interrupted }, "alerts: deliveries a stop interrupted are marked failed, not sent again");
        if (config.targets.length === 0) return;
        const runId = await lastFinishedRun(database, new Date(clock().getTime() - CATCH_UP_MS));
        if (runId) await deliverRun(runId);
      });
    },
    finished(runId) {
      runSafely("the digest", runId, () => deliverRun(runId));
    },
    async closing() {
      stopping.abort(new Error("the server is stopping"));
      await settled();
    },
  };

  const settled = async (): Promise<void> => {
    while (work.size > 0) await Promise.allSettled(work);
  };

  return {
    listener,

    /** Resolves when every digest started so far has been delivered or has failed. */
    settled,

    /** The channels as `GET /api/alerts` shows them: configured or not, and their host only. */
    settings(): AlertSettings {
      return {
        channels: ALERT_CHANNELS.map((channel) => {
          const target = config.targets.find((candidate) => candidate.channel === channel);
          return { channel, configured: target !== undefined, host: target ? hostOf(target) : "" };
        }),
        language: config.language,
        expiring_months: config.expiringMonths,
      };
    },

    /** Sends a test alert to a channel (not recorded with any run); undefined when it is not configured. */
    async test(channel: AlertChannel): Promise<{ delivery: AlertDelivery; host: string } | undefined> {
      const target = config.targets.find((candidate) => candidate.channel === channel);
      if (!target) return undefined;
      const host = hostOf(target);
      const result = await send(target, testDigest(config.expiringMonths), { policy: { maxAttempts: TEST_ATTEMPTS } });
      logResult(result, { test: true, channel, host });
      const { attempts, httpStatus, error, status } = result;
      return { delivery: { channel, status, attempts, http_status: httpStatus, error, at: clock().toISOString() }, host };
    },
  };
}

export type Alerts = ReturnType<typeof createAlerts>;
