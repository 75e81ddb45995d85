import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PROXY_ERRORS } from "../errors.ts";
import { verifyPassword } from "./password-hash.ts";

/** Who may use the dashboard: users with passwords, and/or an SSO reverse proxy's identity header. */
export interface AccessControl {
  users?: Map<string, string> | undefined;
  /** Lower-case header name set by the SSO proxy, e.g. `x-forwarded-user`. */
  proxyHeader?: string | undefined;
  isTrustedProxy?: ((address: string) => boolean) | undefined;
  /** Failed logins allowed per client address and window before it must wait. */
  maxFailures?: number;
  failureWindowMs?: number;
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

/** Adds the sign-in check in front of every route but health. */
export function registerAccessControl(app: FastifyInstance, access: AccessControl): void {
  const now = access.now ?? Date.now;
  const maxFailures = access.maxFailures ?? 5;
  const windowMs = access.failureWindowMs ?? 15 * 60_000;
  const failures = new Map<string, number[]>();
  // scrypt is slow on purpose; a verified credential is remembered briefly so bulk lookups stay fast.
  const verified = new Map<string, number>();

  const recentFailures = (ip: string) => {
    const kept = (failures.get(ip) ?? []).filter((t) => t > now() - windowMs);
    if (kept.length > 0) failures.set(ip, kept);
    else failures.delete(ip);
    return kept;
  };

  const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
    reply.code(status).send({ error_code: code, error_msg: message });

  async function checkPassword(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const ip = request.socket.remoteAddress ?? "unknown";
    const recent = recentFailures(ip);
    if (recent.length >= maxFailures) {
      const wait = Math.ceil(((recent[0] ?? now()) + windowMs - now()) / 1000);
      void reply.header("Retry-After", String(wait));
      return reply.code(429).send({
        error_code: PROXY_ERRORS.clientRateLimited,
        error_msg: `Too many failed sign-ins; try again in ${wait} s`,
        retry_after_s: wait,
      });
    }
    const credentials = parseBasic(request.headers.authorization);
    if (!credentials) {
      void reply.header("WWW-Authenticate", REALM);
      return refuse(reply, 401, PROXY_ERRORS.signInRequired, "Sign in with your dashboard user name and password");
    }
    const key = createHash("sha256").update(`${credentials.user}\0${credentials.password}`).digest("hex");
    const until = verified.get(key);
    if (until !== undefined && until > now()) {
      request.user = credentials.user;
      return undefined;
    }
    const stored = access.users?.get(credentials.user);
    const ok = stored !== undefined && (await verifyPassword(credentials.password, stored));
    if (!ok) {
      failures.set(ip, [...recent, now()]);
      request.log.warn({ user: credentials.user, ip }, "failed sign-in");
      void reply.header("WWW-Authenticate", REALM);
      return refuse(reply, 401, PROXY_ERRORS.signInRequired, "Wrong user name or password");
    }
    failures.delete(ip);
    verified.set(key, now() + VERIFIED_TTL_MS);
    request.user = credentials.user;
    return undefined;
  }

  app.addHook("onRequest", async (request, reply) => {
    if (request.url === "/api/health") return undefined;
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
