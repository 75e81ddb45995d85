import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { LIMITS } from "#contract/huawei-constants";
import { type CustomerHistory, type Lapses, PORTFOLIO_FIRST_MAX, type SyncState } from "#contract/portfolio-api";
import { addMonths, currentMonth } from "#domain/month";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { Portfolio } from "../portfolio/portfolio.ts";
import { type Encoding, encode, encodingFor, firstRows } from "../portfolio/portfolio-answer.ts";
import { OWN_SCOPE } from "../store/portfolio-store.ts";

const portfolioQuery = z
  .object({
    first: z
      .string()
      .regex(/^\d+$/, { error: `first must be a whole number from 1 to ${PORTFOLIO_FIRST_MAX}` })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, { error: `first must be a whole number from 1 to ${PORTFOLIO_FIRST_MAX}` })
          .max(PORTFOLIO_FIRST_MAX, { error: `first must be a whole number from 1 to ${PORTFOLIO_FIRST_MAX}` }),
      )
      .optional(),
    indirect_partner_id: z
      .string()
      .min(1, { error: 'indirect_partner_id must be "own" or a reseller ID' })
      .max(LIMITS.idLength, { error: `indirect_partner_id must be at most ${LIMITS.idLength} characters` })
      .optional(),
  })
  .strict();

// The insights' past months: the current month and the 12 before it.
const LAPSE_MONTHS = 12;

// A date alone means its midnight in China Standard Time, the partner's day.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoTime = z.iso.datetime({ offset: true });
const changesQuery = z
  .object({
    since: z
      .string()
      .transform((raw, ctx) => {
        const text = DATE.test(raw) ? `${raw}T00:00:00+08:00` : raw;
        if (isoTime.safeParse(text).success && !Number.isNaN(Date.parse(text))) return new Date(text);
        ctx.addIssue({
          code: "custom",
          message: `since must be a time such as 2026-12-01T07:00:00+08:00 or a date such as 2026-12-01 (got "${raw.slice(0, 40)}")`,
        });
        return z.NEVER;
      })
      .optional(),
  })
  .strict();

const customerParams = z.object({
  customer_id: z.string().min(1).max(LIMITS.idLength, { error: `customer_id must be at most ${LIMITS.idLength} characters` }),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const message =
    issue?.code === "unrecognized_keys" ? `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(", ")}` : (issue?.message ?? "invalid");
  throw new ProxyError(400, PROXY_ERRORS.badRequest, `Invalid parameter: ${message}`);
}

/** The answer for a store that answered with an error: unavailable, with what to do. */
function unavailable(error: unknown): ProxyError {
  if (error instanceof ProxyError) return error;
  return new ProxyError(
    503,
    PROXY_ERRORS.storeUnavailable,
    `The portfolio's store did not answer (${error instanceof Error ? error.message : String(error)}); lookups still work`,
    30,
  );
}

/**
 * The portfolio's routes: the stored portfolio, its changes, one customer's history, and the
 * sync. With STORE=off they answer 501; with the store unavailable, 503 saying why.
 */
export function registerPortfolioRoutes(app: FastifyInstance, portfolio: Portfolio | undefined): void {
  const ready = () => {
    if (!portfolio) {
      throw new ProxyError(501, PROXY_ERRORS.storeOff, "The portfolio is turned off on this server (STORE=off); lookups work as always");
    }
    const state = portfolio.state();
    if (!state.ready) {
      throw new ProxyError(503, PROXY_ERRORS.storeUnavailable, `The portfolio is unavailable: ${state.reason}; lookups still work`, 30);
    }
    return state;
  };

  // The body is made only when it is sent: an answer the client already holds (304) costs nothing.
  const sendEncoded = async (
    request: FastifyRequest,
    reply: FastifyReply,
    encoding: Encoding,
    body: () => Promise<Buffer>,
    etag?: string,
  ) => {
    void reply.type("application/json; charset=utf-8").header("Vary", "Accept-Encoding").header("Cache-Control", "no-cache");
    if (encoding !== "identity") void reply.header("Content-Encoding", encoding);
    if (etag) {
      void reply.header("ETag", etag);
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
    }
    return reply.send(await body());
  };

  app.get(PROXY_PATHS.portfolio, async (request, reply) => {
    const { store, answers } = ready();
    const { indirect_partner_id: reseller, first } = parse(portfolioQuery, request.query);
    const encoding = encodingFor(request.headers["accept-encoding"]);
    try {
      if (reseller === undefined && first === undefined) {
        return await sendEncoded(request, reply, encoding, () => answers.get(encoding), answers.etag(encoding));
      }
      // A first screen is cut from the answer already built; one scope is read afresh.
      const answer =
        reseller === undefined
          ? answers.first(first ?? 0)
          : store.portfolio(reseller === "own" ? OWN_SCOPE : reseller).then((narrowed) => firstRows(narrowed, first));
      return await sendEncoded(request, reply, encoding, async () => encode(JSON.stringify(await answer), encoding));
    } catch (error) {
      throw unavailable(error);
    }
  });

  app.get(PROXY_PATHS.portfolioChanges, async (request) => {
    const { store } = ready();
    const { since } = parse(changesQuery, request.query);
    try {
      const from = since ?? ((await store.previousSyncStart()) ?? new Date(0));
      return await store.changes(from);
    } catch (error) {
      throw unavailable(error);
    }
  });

  // The past 12 months of the insights panel, from the first day of that month in China time.
  app.get(PROXY_PATHS.portfolioLapses, async (): Promise<Lapses> => {
    const { store } = ready();
    const first = addMonths(currentMonth(new Date()), -LAPSE_MONTHS);
    try {
      return await store.lapses(new Date(`${first}-01T00:00:00+08:00`));
    } catch (error) {
      throw unavailable(error);
    }
  });

  app.get(`${PROXY_PATHS.portfolioCustomers}/:customer_id`, async (request): Promise<CustomerHistory> => {
    const { store } = ready();
    const { customer_id: customerId } = parse(customerParams, request.params);
    let history: CustomerHistory | undefined;
    try {
      history = await store.customer(customerId);
    } catch (error) {
      throw unavailable(error);
    }
    if (!history) {
      throw new ProxyError(404, PROXY_ERRORS.notFound, `The portfolio has never seen customer ${customerId}`);
    }
    return history;
  });

  app.get(PROXY_PATHS.portfolioSync, async (): Promise<SyncState> => {
    const { store } = ready();
    try {
      return (await store.currentRun()) ?? { run: null };
    } catch (error) {
      throw unavailable(error);
    }
  });

  app.post(PROXY_PATHS.portfolioSync, async (_request, reply) => {
    const { sync } = ready();
    let outcome: Awaited<ReturnType<typeof sync.start>>;
    try {
      outcome = await sync.start("user");
    } catch (error) {
      throw unavailable(error);
    }
    if ("running" in outcome) {
      throw new ProxyError(409, PROXY_ERRORS.syncRunning, `A sync is already running (run ${outcome.running}); its progress is at GET ${PROXY_PATHS.portfolioSync}`);
    }
    return reply.code(202).send({ run_id: outcome.started });
  });
}
