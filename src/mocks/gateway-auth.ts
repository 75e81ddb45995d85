import { type BssResponse, bssError, signatureFailure } from "./bss-errors.ts";
import { type GatewayRequest, verifyGatewaySignature } from "./gateway-signature.ts";
import type { FakeBssState } from "./server-state.ts";

/** Who a call authenticated as, or the gateway's 401 answer. */
export type AuthResult = { ok: true; ak?: string } | { ok: false; response: BssResponse };

/**
 * Authenticates a call like Huawei's API gateway: an `X-Auth-Token` from the fake IAM (or the
 * accepted list), otherwise an AK/SK signature checked against `keys`.
 */
export function authenticate(
  state: FakeBssState,
  request: GatewayRequest,
  keys: Record<string, string>,
): AuthResult {
  const token = request.headers["x-auth-token"];
  if (token) {
    const status = state.tokens.check(token);
    if (status === "valid") return { ok: true };
    state.stats.tokenFailures++;
    return {
      ok: false,
      response:
        status === "expired"
          ? bssError(401, "APIGW.0307", "The token must be updated.")
          : bssError(
              401,
              "APIGW.0301",
              "Incorrect IAM authentication information: decrypt token fail",
            ),
    };
  }
  const result = verifyGatewaySignature(
    request,
    (ak) => (Object.hasOwn(keys, ak) ? keys[ak] : undefined),
    state.now(),
  );
  if (result.ok) return { ok: true, ak: result.ak };
  state.stats.signatureFailures++;
  return { ok: false, response: signatureFailure(result.reason, result.canonicalRequest) };
}
