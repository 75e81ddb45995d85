import { randomUUID } from "node:crypto";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import { metrics } from "../metrics.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { postRaw, type RawAnswer } from "./http-post.ts";
import {
  createSharedTokenStore,
  type SharedTokenState,
  type SharedTokenStore,
} from "./shared-token.ts";

export interface IamTokenOptions {
  endpoint: string;
  domainName: string;
  userName: string;
  password: string;
  timeoutMs: number;
  /** Refresh this long before `expires_at` (tokens live 24 h; a margin avoids using one that dies mid-call). */
  refreshMarginMs?: number;
  /** After IAM refused the password, how long the proxy does not ask again (IAM locks a user after a few failures). */
  retryAfterMs?: number;
  /** The replicas' Redis: one replica fetches, the others take its token (and its refusal) from there. */
  redis?: SharedRedis | undefined;
  /** At most this long a replica waits for another one's fetch before fetching itself. */
  sharedWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface TokenProvider {
  /** A valid token, fetched once and shared by concurrent callers. */
  get(): Promise<string>;
  /** Forget a token Huawei refused, so the next `get` fetches a new one. */
  invalidate(token: string): void;
}

interface CachedToken {
  value: string;
  refreshAt: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Gets IAM tokens by the password route, caches them and refreshes them before they expire. With
 * Redis, the replicas share one token: one fetches while the others wait for it, and IAM's refusal
 * of the password holds for all of them; without Redis (or while it is away) each fetches its own.
 */
export function createIamTokenProvider(options: IamTokenOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const margin = options.refreshMarginMs ?? 60 * 60_000;
  const retryAfterMs = options.retryAfterMs ?? 300_000;
  // The lock outlives one IAM request, so a fetcher that died frees it soon.
  const lockMs = options.timeoutMs + 2000;
  const sharedWaitMs = options.sharedWaitMs ?? Math.min(5000, lockMs);
  const redis = options.redis;
  const store: SharedTokenStore | undefined = redis
    ? createSharedTokenStore(redis, options)
    : undefined;
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;
  let refused: { until: number; status: number } | undefined;

  const coolingOff = (): ProxyError => {
    const { until, status } = refused ?? { until: now(), status: 0 };
    const left = Math.max(1, Math.ceil((until - now()) / 1000));
    return new ProxyError(
      502,
      PROXY_ERRORS.iamFailed,
      `IAM refused the password (HTTP ${status}); to keep the IAM user from being locked, the proxy asks IAM again only in ${left} s (IAM_RETRY_AFTER_S). Check HUAWEICLOUD_IAM_DOMAIN_NAME, HUAWEICLOUD_IAM_USER_NAME and HUAWEICLOUD_IAM_PASSWORD, then restart the proxy`,
      left,
    );
  };

  async function askIam(): Promise<string> {
    const body = {
      auth: {
        identity: {
          methods: ["password"],
          password: {
            user: {
              name: options.userName,
              password: options.password,
              domain: { name: options.domainName },
            },
          },
        },
        scope: { domain: { name: options.domainName } },
      },
    };
    let response: RawAnswer;
    try {
      response = await postRaw(
        `${options.endpoint}/v3/auth/tokens`,
        { "Content-Type": "application/json;charset=utf8" },
        JSON.stringify(body),
        options.timeoutMs,
      );
    } catch (error) {
      throw new ProxyError(
        502,
        PROXY_ERRORS.iamFailed,
        `IAM could not be reached for a token: ${describe(error)}`,
      );
    }
    const token = response.header("x-subject-token");
    const expiresAt = readExpiry(response.text);
    if (response.status >= 400 && response.status < 500) {
      // A refusal of the credentials: never retried, and not asked again for a while, since
      // repeated password failures lock the IAM user.
      refused = { until: now() + retryAfterMs, status: response.status };
      throw coolingOff();
    }
    if (response.status !== 201 || !token) {
      throw new ProxyError(
        502,
        PROXY_ERRORS.iamFailed,
        `IAM answered the token request with HTTP ${response.status} and no token; try again shortly`,
      );
    }
    const expiry = expiresAt ?? now() + 24 * 60 * 60_000;
    cached = { value: token, refreshAt: Math.max(now(), expiry - margin) };
    return token;
  }

  async function fetchToken(): Promise<string> {
    try {
      const token = await askIam();
      metrics.iamTokenRefreshes.inc({ outcome: "fetched" });
      return token;
    } catch (error) {
      metrics.iamTokenRefreshes.inc({ outcome: "failed" });
      throw error;
    }
  }

  // This replica holds the lock: fetch, then share the token or the refusal (a Redis that fails
  // now only costs the others a fetch of their own).
  async function fetchAndShare(shared: SharedTokenStore, lockId: string): Promise<string> {
    const before = refused;
    let token: string;
    try {
      token = await fetchToken();
    } catch (error) {
      const refusal = refused !== before ? refused : undefined;
      const sharing = refusal
        ? shared.shareRefusal(refusal.status, refusal.until - now(), lockId)
        : shared.release(lockId);
      await sharing.catch(() => {});
      throw error;
    }
    const refreshAt = cached?.refreshAt ?? now();
    await shared.shareToken(token, refreshAt, refreshAt - now(), lockId).catch(() => {});
    return token;
  }

  async function fromReplicas(shared: SharedTokenStore): Promise<string> {
    const lockId = randomUUID();
    const giveUpAt = now() + sharedWaitMs;
    let delayMs = 25;
    for (;;) {
      let state: SharedTokenState;
      try {
        state = await shared.look(lockId, lockMs);
      } catch {
        return fetchToken();
      }
      switch (state.kind) {
        case "token":
          // The sooner of the two: the fetcher's clock may run ahead of Redis's.
          cached = {
            value: state.token,
            refreshAt: Math.min(state.refreshAt, now() + state.ttlMs),
          };
          metrics.iamTokenRefreshes.inc({ outcome: "shared" });
          return state.token;
        case "cooling-off":
          refused = { until: now() + state.ttlMs, status: state.status };
          throw coolingOff();
        case "locked":
          return fetchAndShare(shared, lockId);
        case "wait":
          // The fetcher is slow or gone: this replica's users should not wait longer than this.
          if (now() >= giveUpAt) return fetchToken();
          await sleep(delayMs);
          delayMs = Math.min(delayMs * 2, 400);
      }
    }
  }

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      if (refused && now() < refused.until) return Promise.reject(coolingOff());
      pending ??= (store && redis?.available() ? fromReplicas(store) : fetchToken()).finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
      // Commands on one connection keep their order: this replica's next look comes after the delete.
      if (store && redis?.available()) void store.invalidate(token).catch(() => {});
    },
  };
}

function readExpiry(text: string): number | undefined {
  try {
    const json = JSON.parse(text) as { token?: { expires_at?: string } };
    const time = Date.parse(json.token?.expires_at ?? "");
    return Number.isNaN(time) ? undefined : time;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "the request timed out";
  return error instanceof Error ? error.message : String(error);
}
