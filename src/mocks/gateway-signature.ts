import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// The fake gateway's own reading of Huawei's published SDK-HMAC-SHA256 algorithm (API Gateway,
// "AK/SK signing and authentication"). It deliberately shares no code with the proxy's signer:
// if both sides used one canonicaliser, a bug in it would be made twice and every test would
// pass. The two meet only in the golden vector of src/testing/golden-signature.ts.

/** A call as the gateway receives it: raw path and query, header names in lower case. */
export interface GatewayRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | undefined>;
  body: string | Uint8Array;
}

/** The gateway's decision, with the canonical request it built when the signature differs. */
export type GatewayVerdict =
  | { ok: true; ak: string }
  | { ok: false; reason: string; canonicalRequest?: string };

/** Every intermediate value of one signature, as Huawei's documentation names them. */
export interface SignatureSteps {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

const SCHEME = "SDK-HMAC-SHA256";
const ALLOWED_SKEW_MS = 15 * 60 * 1000;
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

const isUnreserved = (byte: number) =>
  (byte >= 0x41 && byte <= 0x5a) || // A-Z
  (byte >= 0x61 && byte <= 0x7a) || // a-z
  (byte >= 0x30 && byte <= 0x39) || // 0-9
  byte === 0x2d || // -
  byte === 0x2e || // .
  byte === 0x5f || // _
  byte === 0x7e; // ~

// Byte by byte over UTF-8: unreserved bytes stay, every other one becomes %XX in upper-case hex.
function percentEncode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

// The request line carries the path encoded once; the canonical form re-encodes every segment
// from its decoded text and ends with "/" even when the real path does not.
function canonicalPath(rawPath: string): string {
  const encoded = rawPath.replace(/[^/]+/g, (segment) =>
    percentEncode(decodeURIComponent(segment)),
  );
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}

const formDecode = (text: string) => decodeURIComponent(text.replaceAll("+", " "));

function canonicalQueryString(rawQuery: string): string {
  const pairs: [string, string][] = [];
  for (const part of rawQuery.replace(/^\?/, "").split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    pairs.push(
      equals === -1
        ? [formDecode(part), ""]
        : [formDecode(part.slice(0, equals)), formDecode(part.slice(equals + 1))],
    );
  }
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  pairs.sort((p, q) => order(p[0], q[0]) || order(p[1], q[1]));
  return pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
}

const hexSha256 = (data: string | Uint8Array) =>
  createHash("sha256")
    .update(typeof data === "string" ? Buffer.from(data, "utf8") : data)
    .digest("hex");

/**
 * Follows the published steps for a request: canonical request, string to sign, signature.
 * `signedHeaders` are lower-case names in the order the client listed them.
 */
export function signatureSteps(
  request: GatewayRequest,
  sk: string,
  signedHeaders: readonly string[],
  sdkDate: string,
): SignatureSteps {
  const canonicalRequest = [
    request.method,
    canonicalPath(request.path),
    canonicalQueryString(request.query),
    ...signedHeaders.map((name) => `${name}:${(request.headers[name] ?? "").trim()}`),
    "", // the header block ends with its own newline, so a blank line follows it
    signedHeaders.join(";"),
    hexSha256(request.body),
  ].join("\n");
  const stringToSign = `${SCHEME}\n${sdkDate}\n${hexSha256(canonicalRequest)}`;
  const signature = createHmac("sha256", sk).update(stringToSign, "utf8").digest("hex");
  return { canonicalRequest, stringToSign, signature };
}

interface Credential {
  ak: string;
  signedHeaders: string[];
  signature: string;
}

// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex": fields after the scheme,
// comma separated, each name=value.
function readAuthorization(value: string): Credential | string {
  const space = value.indexOf(" ");
  if (space === -1 || value.slice(0, space) !== SCHEME)
    return "the Authorization header is not SDK-HMAC-SHA256";
  const fields = new Map<string, string>();
  for (const field of value.slice(space + 1).split(",")) {
    const equals = field.indexOf("=");
    if (equals > 0) fields.set(field.slice(0, equals).trim(), field.slice(equals + 1).trim());
  }
  const ak = fields.get("Access");
  const signedList = fields.get("SignedHeaders");
  const signature = fields.get("Signature");
  if (!ak || !signedList || !signature || !HEX_SIGNATURE.test(signature))
    return "the Authorization header lacks Access, SignedHeaders or a hex Signature";
  return { ak, signedHeaders: signedList.split(";"), signature };
}

function sdkDateMillis(value: string): number | undefined {
  const parts = SDK_DATE.exec(value)?.slice(1).map(Number);
  if (!parts) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const millis = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March and 24:00 into the next day; the gateway
  // refuses such a date, so every field must come back as written.
  const back = new Date(millis);
  const written = [
    back.getUTCFullYear(),
    back.getUTCMonth() + 1,
    back.getUTCDate(),
    back.getUTCHours(),
    back.getUTCMinutes(),
    back.getUTCSeconds(),
  ];
  return written.every((field, index) => field === parts[index]) ? millis : undefined;
}

/**
 * Checks a call's AK/SK signature the way Huawei's API gateway does: a known AK, an `X-Sdk-Date`
 * within 15 minutes of `now`, every signed header present, and the signature recomputed with
 * the SK and compared in constant time.
 */
export function verifyGatewaySignature(
  request: GatewayRequest,
  secretKeyOf: (ak: string) => string | undefined,
  now: Date,
): GatewayVerdict {
  const authorization = request.headers.authorization;
  if (authorization === undefined)
    return { ok: false, reason: "the Authorization header is missing" };
  const credential = readAuthorization(authorization);
  if (typeof credential === "string") return { ok: false, reason: credential };
  const sk = secretKeyOf(credential.ak);
  if (sk === undefined) return { ok: false, reason: "the access key is unknown" };
  const sdkDate = request.headers["x-sdk-date"] ?? "";
  const signedAt = sdkDateMillis(sdkDate);
  if (signedAt === undefined)
    return { ok: false, reason: "the X-Sdk-Date header is missing or malformed" };
  if (Math.abs(now.getTime() - signedAt) > ALLOWED_SKEW_MS) {
    return {
      ok: false,
      reason: "the X-Sdk-Date header is more than 15 minutes away from the gateway's clock",
    };
  }
  if (!credential.signedHeaders.includes("x-sdk-date"))
    return { ok: false, reason: "x-sdk-date is not a signed header" };
  const absent = credential.signedHeaders.find((name) => request.headers[name] === undefined);
  if (absent !== undefined)
    return { ok: false, reason: `the signed header ${absent} is not in the request` };
  let steps: SignatureSteps;
  try {
    steps = signatureSteps(request, sk, credential.signedHeaders, sdkDate);
  } catch {
    // decodeURIComponent refuses a stray "%"; so does the gateway, without a canonical request.
    return { ok: false, reason: "the path or query string is not valid percent-encoding" };
  }
  const matches = timingSafeEqual(
    Buffer.from(steps.signature, "hex"),
    Buffer.from(credential.signature, "hex"),
  );
  if (!matches) {
    return {
      ok: false,
      reason: "the signature does not match",
      canonicalRequest: steps.canonicalRequest,
    };
  }
  return { ok: true, ak: credential.ak };
}
