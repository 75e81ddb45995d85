// A known-answer vector of the proxy's real upstream request (POST, JSON body, X-Domain-Id,
// temporary credentials with X-Security-Token), worked out by hand from Huawei's published
// SDK-HMAC-SHA256 algorithm and checked with sha256sum and `openssl dgst -hmac`, not with either
// implementation. The proxy's signer must produce AUTHORIZATION and the fake's verifier must
// accept it: a canonicalisation bug can no longer be made on both sides at once.

/** The credentials of the vector (AK/SK plus the token of temporary keys). */
export const GOLDEN_CREDENTIALS = {
  ak: "ZQ4DLD7TGOLDENAK2026",
  sk: "Vp3qYz0Golden7VectorSecretKey4Proxy2026x",
  securityToken: "gQpjbi1ub3J0aC00jC3wZWN0b3ItdG9rZW4tZm9yLXRlc3Rz+/=",
} as const;

/** 2026-03-09 08:07:06 UTC, the signing time. */
export const GOLDEN_DATE = new Date(Date.UTC(2026, 2, 9, 8, 7, 6));
export const GOLDEN_SDK_DATE = "20260309T080706Z";

export const GOLDEN_URL =
  "https://bss.myhuaweicloud.com/v2/partners/sub-customers/new-customers-tags/batch-query";

/** The JSON body exactly as sent (111 bytes). */
export const GOLDEN_BODY =
  '{"customer_ids":["5f6e7d8c9b0a41e2a3b4c5d6e7f80912","c0ffee00d15ea5e0b1e55ed0deadbeef"],"offset":0,"limit":200}';

/** The headers the proxy's BSS client passes to the signer. */
export const GOLDEN_CLIENT_HEADERS = {
  "Content-Type": "application/json",
  "X-Domain-Id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
} as const;

/** sha256sum of GOLDEN_BODY. */
export const GOLDEN_BODY_SHA256 =
  "0ae2f020d695c0659700db591e0980bef510706295e4567d2cfae6d3258719d1";

// X-Domain-Id is sent but not signed: the proxy signs content-type, host, x-sdk-date and the token.
export const GOLDEN_CANONICAL_REQUEST = [
  "POST",
  "/v2/partners/sub-customers/new-customers-tags/batch-query/",
  "",
  "content-type:application/json",
  "host:bss.myhuaweicloud.com",
  "x-sdk-date:20260309T080706Z",
  "x-security-token:gQpjbi1ub3J0aC00jC3wZWN0b3ItdG9rZW4tZm9yLXRlc3Rz+/=",
  "",
  "content-type;host;x-sdk-date;x-security-token",
  "0ae2f020d695c0659700db591e0980bef510706295e4567d2cfae6d3258719d1",
].join("\n");

export const GOLDEN_STRING_TO_SIGN = [
  "SDK-HMAC-SHA256",
  "20260309T080706Z",
  "c4e28afb2ed28e7fb8b285a1f3dc7bcc60a322b70465982c31ce6d2d259140e2",
].join("\n");

export const GOLDEN_SIGNATURE = "5c9f44c2a9ef4f0433606233b15dc24d1b127fedb26704cc70ff2854aa5fca57";

export const GOLDEN_AUTHORIZATION =
  "SDK-HMAC-SHA256 Access=ZQ4DLD7TGOLDENAK2026, SignedHeaders=content-type;host;x-sdk-date;x-security-token, Signature=5c9f44c2a9ef4f0433606233b15dc24d1b127fedb26704cc70ff2854aa5fca57";

/** The request as the gateway receives it: lower-case header names, raw path and query. */
export const GOLDEN_RECEIVED = {
  method: "POST",
  path: "/v2/partners/sub-customers/new-customers-tags/batch-query",
  query: "",
  headers: {
    "content-type": "application/json",
    host: "bss.myhuaweicloud.com",
    "x-domain-id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    "x-sdk-date": "20260309T080706Z",
    "x-security-token": "gQpjbi1ub3J0aC00jC3wZWN0b3ItdG9rZW4tZm9yLXRlc3Rz+/=",
    authorization: GOLDEN_AUTHORIZATION,
  },
  body: GOLDEN_BODY,
} as const;
