import { createHash, createHmac } from "node:crypto";

const ALGORITHM = "SDK-HMAC-SHA256";
const DEFAULT_SIGNED_HEADERS = ["content-type", "host", "x-sdk-date"];

/** AK/SK credentials; temporary keys also carry a security token. */
export interface AkSkCredentials {
  ak: string;
  sk: string;
  securityToken?: string | undefined;
}

export interface CanonicalInput {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  signedHeaders: string[];
  body: string | Uint8Array;
}

const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

// RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex.
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalUri(path: string): string {
  const encoded = path
    .split("/")
    .map((segment) => encodeSegment(decodeURIComponent(segment)))
    .join("/");
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}

function canonicalQuery(query: string): string {
  const params = [...new URLSearchParams(query)];
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
  return params.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join("&");
}

function lowerCaseHeaders(headers: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Builds the canonical request of Huawei's API gateway signing scheme. */
export function buildCanonicalRequest(input: CanonicalInput): string {
  const headers = lowerCaseHeaders(input.headers);
  const signed = [...input.signedHeaders].map((h) => h.toLowerCase()).sort();
  const headerBlock = signed.map((name) => `${name}:${(headers.get(name) ?? "").trim()}\n`).join("");
  return [
    input.method.toUpperCase(),
    canonicalUri(input.path),
    canonicalQuery(input.query),
    headerBlock,
    signed.join(";"),
    sha256Hex(input.body),
  ].join("\n");
}

/** Signs a canonical request with the secret key at the given `X-Sdk-Date` time stamp. */
export function signString(sk: string, sdkDate: string, canonicalRequest: string): string {
  const stringToSign = `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonicalRequest)}`;
  return createHmac("sha256", sk).update(stringToSign).digest("hex");
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats a date as `YYYYMMDDTHHMMSSZ`, the form of the `X-Sdk-Date` header. */
export function formatSdkDate(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

export interface SignInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
  credentials: AkSkCredentials;
  date?: Date;
  /** Headers to sign; defaults to content-type, host and x-sdk-date (plus the token when present). */
  signedHeaders?: string[];
}

/** Returns the headers (`X-Sdk-Date`, `Authorization`, and `X-Security-Token` if any) that sign a request. */
export function signRequest(input: SignInput): Record<string, string> {
  const url = new URL(input.url);
  const sdkDate = formatSdkDate(input.date ?? new Date());
  const added: Record<string, string> = { "X-Sdk-Date": sdkDate };
  if (input.credentials.securityToken) added["X-Security-Token"] = input.credentials.securityToken;
  const headers = { host: url.host, ...input.headers, ...added };
  const names = new Set(lowerCaseHeaders(headers).keys());
  const signedHeaders = (input.signedHeaders ?? [...DEFAULT_SIGNED_HEADERS, "x-security-token"]).filter((h) =>
    names.has(h),
  );
  signedHeaders.sort();
  const canonical = buildCanonicalRequest({
    method: input.method,
    path: url.pathname,
    query: url.search,
    headers,
    signedHeaders,
    body: input.body,
  });
  const signature = signString(input.credentials.sk, sdkDate, canonical);
  added.Authorization = `${ALGORITHM} Access=${input.credentials.ak}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
  return added;
}
