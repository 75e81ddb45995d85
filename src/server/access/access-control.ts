import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import { GateFullError, createConcurrencyGate } from "./concurrency-gate.ts";
import { scryptParams, unmatchableHash, verifyPassword } from "./password-hash.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { createSharedSignInLimiter } from "./shared-sign-in-limiter.ts";
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from "./sign-in-limiter.ts";

/** Who may use the dashboard: users with passwords, and/or an SSO reverse proxy's identity header. */
export interface AccessControl {
  users?: Map<string, string> | undefined;
  /** Lower-case header name set by the SSO proxy, e.g. `x-forwarded-user`. */
  proxyHeader?: string | undefined;
  isTrustedProxy?: ((address: string) => boolean) | undefined;
  /** Overrides of the sign-in limits (per address, per /64, per user name). */
  limits?: Partial<SignInLimits>;
  /** Password checks that may run at once (each is a deliberately slow scrypt); default 4. */
  maxConcurrentChecks?: number;
  /** Checks that may wait for one of those slots; beyond them the answer is 503 at once. Default 32. */
  maxWaitingChecks?: number;
  now?: () => number;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, when access control is on. */
    user?: string;
  }
}

const REALM = 'Basic realm="New-customer tag dashboard", charset="UTF-8"';
const VERIFIED_TTL_MS = 5 * 60_000;

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1] ?? "", "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).send({ error_code: code, error_msg: message });

/**
 * Adds the sign-in check in front of every route but health and readiness (load balancers ask
 * them). With `redis`, failed sign-ins are counted for all replicas together (by this one alone
 * while Redis is away).
 */
export function registerAccessControl(app: FastifyInstance, access: AccessControl, redis?: SharedRedis): void {
  const now = access.now ?? Date.now;
  const limiter = createSharedSignInLimiter({ ...DEFAULT_SIGN_IN_LIMITS, ...access.limits }, { redis, now, log: app.log });
  const gate = createConcurrencyGate(access.maxConcurrentChecks ?? 4, access.maxWaitingChecks ?? 32);
  // Unknown names are checked against this, at the cost of the real users' hashes.
  const someHash = access.users?.values().next().value;
  const unknownUserHash = unmatchableHash(someHash ? scryptParams(someHash) : undefined);
  // scrypt is slow on purpose; a verified credential is remembered briefly so bulk lookups stay fast.
  const verified = new Map<string, number>();

  async function checkPassword(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const credentials = parseBasic(request.headers.authorization);
    if (!credentials) {
      void reply.header("WWW-Authenticate", REALM);
      return refuse(reply, 401, PROXY_ERRORS.signInRequired, "Sign in with your dashboard user name and password");
    }
    // A credential already proven right costs no check and cannot be locked out by someone
    // else's guesses at the same name.
    const key = createHash("sha256").update(`${credentials.user}\0${credentials.password}`).digest("hex");
    const until = verified.get(key);
    if (until !== undefined && until > now()) {
      request.user = credentials.user;
      return undefined;
    }
    // Counted as a failure before the check (in one step, in Redis for all replicas), so
    // simultaneous guesses cannot all slip through.
    const admission = await limiter.admit(request.ip, credentials.user);
    if (!admission.ok) {
      const wait = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      request.log.warn({ ip: request.ip, limit: admission.limit }, "sign-in refused: too many failures");
      void reply.header("Retry-After", String(wait));
      return refuse(reply, 429, PROXY_ERRORS.clientRateLimited, `Too many failed sign-ins; try again in ${wait} s`);
    }
    let ok: boolean;
    try {
      const stored = access.users?.get(credentials.user);
      ok = await gate.run(async () => {
        const matches = await verifyPassword(credentials.password, stored ?? unknownUserHash);
        return matches && stored !== undefined;
      });
    } catch (error) {
      if (!(error instanceof GateFullError)) throw error;
      await limiter.withdraw(admission.ticket);
      void reply.header("Retry-After", "1");
      return refuse(reply, 503, PROXY_ERRORS.busy, "Too many sign-ins are being checked at once; try again in a second");
    }
    if (!ok) {
      // The name is not logged: people type passwords into the name field.
      request.log.warn({ ip: request.ip }, "failed sign-in");
      void reply.header("WWW-Authenticate", REALM);
      return refuse(reply, 401, PROXY_ERRORS.signInRequired, "Wrong user name or password");
    }
    await limiter.succeeded(admission.ticket);
    verified.set(key, now() + VERIFIED_TTL_MS);
    request.user = credentials.user;
    return undefined;
  }

  app.addHook("onRequest", async (request, reply) => {
    if (request.url === PROXY_PATHS.health || request.url === PROXY_PATHS.ready) return undefined;
    if (access.proxyHeader) {
      const remote = request.socket.remoteAddress ?? "";
      const identity = request.headers[access.proxyHeader];
      if (typeof identity === "string" && identity && access.isTrustedProxy?.(remote)) {
        request.user = identity;
        return undefined;
      }
    }
    if (access.users) return checkPassword(request, reply);
    return refuse(reply, 403, PROXY_ERRORS.refused, "Open the dashboard through your company's sign-in (SSO) address");
  });
}
