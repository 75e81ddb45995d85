import type { UpstreamAuth } from "../config.ts";
import type { SharedRedis } from "../shared/redis.ts";
import { createIamTokenProvider } from "./iam-token.ts";
import { signRequest } from "./signer.ts";

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Adds Huawei credentials to an upstream request. */
export interface Authenticator {
  headers(request: OutgoingRequest): Promise<Record<string, string>>;
  /**
   * Told when Huawei answered 401 to the given auth headers; true means new credentials were
   * obtained and one more try makes sense (only an expired token qualifies, never a bad AK/SK).
   */
  refused(authHeaders: Record<string, string>): boolean;
}

/** Builds the authenticator for the configured kind of credentials. */
export function createAuthenticator(
  auth: UpstreamAuth,
  iamEndpoint: string,
  timeoutMs: number,
  iam: { retryAfterMs?: number; redis?: SharedRedis | undefined } = {},
): Authenticator {
  if (auth.kind === "aksk") {
    return {
      headers: (request) =>
        Promise.resolve(signRequest({ ...request, credentials: auth.credentials })),
      refused: () => false,
    };
  }
  const tokens = createIamTokenProvider({ endpoint: iamEndpoint, ...auth, timeoutMs, ...iam });
  return {
    headers: async () => ({ "X-Auth-Token": await tokens.get() }),
    refused(authHeaders) {
      const token = authHeaders["X-Auth-Token"];
      if (!token) return false;
      tokens.invalidate(token);
      return true;
    },
  };
}
