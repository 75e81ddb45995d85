import type { ErrorBody } from "#contract/huawei-api";

/** What a fake BSS route answers; plain data so msw and node:http can both send it. */
export interface BssResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Builds a Huawei failure answer `{ error_code, error_msg }`. */
export function bssError(status: number, error_code: string, error_msg: string): BssResponse {
  const body: ErrorBody = { error_code, error_msg };
  return { status, body };
}

/** The answer for a reseller the caller may not see (unknown, or the caller is no distributor). */
export function noResellerPermission(resellerId: string): BssResponse {
  return bssError(
    400,
    "CBC.99000037",
    `No permission to access the indirect partner ${resellerId}: it is not a cloud reseller of this partner.`,
  );
}

/** The gateway's answer to a bad signature: the reason and its canonical request, `|` for newlines. */
export function signatureFailure(reason: string, canonicalRequest?: string): BssResponse {
  const canonical = canonicalRequest
    ? `, canonicalRequest: ${canonicalRequest.replaceAll("\n", "|")}`
    : "";
  return bssError(
    401,
    "APIGW.0301",
    `Incorrect IAM authentication information: verify aksk signature fail, ${reason}${canonical}`,
  );
}
