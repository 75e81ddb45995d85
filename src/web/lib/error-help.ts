import type { MessageKey } from "../app/i18n/en.ts";
import { CLIENT_ERROR_CODES } from "./api-error.ts";

export type ErrorHelp = { what: MessageKey; next: MessageKey };

type HelpPrefix = { [K in MessageKey]: K extends `${infer P}.what` ? P : never }[MessageKey];

// Typed so that a prefix without both a `.what` and a `.next` message fails type checking.
const help = (prefix: HelpPrefix): ErrorHelp => ({
  what: `${prefix}.what`,
  next: `${prefix}.next`,
});

const BY_CODE: Record<string, ErrorHelp> = {
  "CBC.0100": help("error.CBC.0100"),
  "CBC.0101": help("error.CBC.0100"),
  "CBC.0150": help("error.CBC.0151"),
  "CBC.0151": help("error.CBC.0151"),
  "CBC.0155": help("error.CBC.0155"),
  "CBC.0156": help("error.CBC.0156"),
  // Plain words for the reseller case; the resellers feature owns the text.
  "CBC.99000037": help("resellers.error.unknown"),
  "CBC.0154": help("error.CBC.0154"),
  "APIGW.0301": help("error.APIGW.0301"),
  "APIG.0308": help("error.throttled"),
  "APIGW.0308": help("error.throttled"),
  "CBC.0250": help("error.throttled"),
  "CBC.0999": help("error.CBC.0999"),
  "APIGW.0307": help("error.CBC.0154"),
  // The proxy's own codes (src/server/errors.ts).
  "PROXY.0504": help("error.PROXY.timeout"),
  "PROXY.0512": help("error.PROXY.unreachable"),
  "PROXY.0502": help("error.PROXY.badAnswer"),
  "PROXY.0503": help("error.PROXY.paused"),
  "PROXY.0529": help("error.PROXY.busy"),
  "PROXY.0429": help("error.PROXY.tooMany"),
  "PROXY.0401": help("error.PROXY.signIn"),
  "PROXY.0403": help("error.PROXY.refused"),
  [CLIENT_ERROR_CODES.network]: help("error.NETWORK"),
  [CLIENT_ERROR_CODES.badResponse]: help("error.BAD_RESPONSE"),
};

/** What failed and what to do next, for a Huawei or client error code; unknown codes fall back on the HTTP status. */
export function errorHelp(code: string, status: number): ErrorHelp {
  const known = BY_CODE[code];
  if (known) return known;
  if (status === 429) return help("error.throttled");
  if (status >= 400 && status < 500) return help("error.client");
  return help("error.server");
}
