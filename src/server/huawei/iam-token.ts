import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import { postRaw, type RawAnswer } from "./http-post.ts";

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
  now?: () => number;
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

/** Gets IAM tokens by the password route, caches them and refreshes them before they expire. */
export function createIamTokenProvider(options: IamTokenOptions): TokenProvider {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60 * 60_000;
  const retryAfterMs = options.retryAfterMs ?? 300_000;
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;
  let refused: { at: number; status: number } | undefined;

  const coolingOff = (): ProxyError => {
    const { at, status } = refused ?? { at: now(), status: 0 };
    const left = Math.max(1, Math.ceil((at + retryAfterMs - now()) / 1000));
    return new ProxyError(
      502,
      PROXY_ERRORS.iamFailed,
      `IAM refused the password (HTTP ${status}); to keep the IAM user from being locked, the proxy asks IAM again only in ${left} s (IAM_RETRY_AFTER_S). Check HUAWEICLOUD_IAM_DOMAIN_NAME, HUAWEICLOUD_IAM_USER_NAME and HUAWEICLOUD_IAM_PASSWORD, then restart the proxy`,
      left,
    );
  };

  async function fetchToken(): Promise<string> {
    const body = {
      auth: {
        identity: {
          methods: ["password"],
          password: {
            user: { name: options.userName, password: options.password, domain: { name: options.domainName } },
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
      throw new ProxyError(502, PROXY_ERRORS.iamFailed, `IAM could not be reached for a token: ${describe(error)}`);
    }
    const token = response.header("x-subject-token");
    const expiresAt = readExpiry(response.text);
    if (response.status >= 400 && response.status < 500) {
      // A refusal of the credentials: never retried, and not asked again for a while, since
      // repeated password failures lock the IAM user.
      refused = { at: now(), status: response.status };
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

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      if (refused && now() < refused.at + retryAfterMs) return Promise.reject(coolingOff());
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.value === token) cached = undefined;
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
