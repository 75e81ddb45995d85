import { PROXY_ERRORS } from "#contract/proxy-constants";
import type { MessageKey, Translate } from "./i18n/catalog.ts";
import { CLIENT_ERROR_CODES } from "./api-error.ts";

/** What the UI knows about a failure: the code, the HTTP status, and the wait when the server gave one. */
export type ErrorFacts = { code: string; status: number; retryAfterS?: number | undefined };

export type ErrorHelp = {
  what: MessageKey;
  next: MessageKey;
  /**
   * Asking again can help: the screen shows its retry control, and `next` names it through the
   * `{retry}` parameter. When false, `next` names no control at all.
   */
  retry: boolean;
  /** Parameters of `next` besides `{retry}`. */
  params: { seconds?: string };
};

type HelpPrefix = { [K in MessageKey]: K extends `${infer P}.what` ? P : never }[MessageKey];
type WaitPrefix = { [K in MessageKey]: K extends `${infer P}.nextIn` ? P : never }[MessageKey];

type Rule = { prefix: HelpPrefix; retry: boolean; wait?: boolean };

// `wait` rules have a `.nextIn` message that says the seconds, used when the server gave them.
const final = (prefix: HelpPrefix): Rule => ({ prefix, retry: false });
const again = (prefix: HelpPrefix): Rule => ({ prefix, retry: true });
const wait = (prefix: HelpPrefix & WaitPrefix): Rule => ({ prefix, retry: true, wait: true });

const BY_CODE: Record<string, Rule> = {
  "CBC.0100": final("error.CBC.0100"),
  "CBC.0101": final("error.CBC.0100"),
  "CBC.0150": final("error.CBC.0151"),
  "CBC.0151": final("error.CBC.0151"),
  "CBC.0155": final("error.CBC.0155"),
  "CBC.0156": final("error.CBC.0156"),
  // Plain words for the reseller case; the resellers feature owns the text.
  "CBC.99000037": final("resellers.error.unknown"),
  "CBC.0154": final("error.CBC.0154"),
  "APIGW.0307": final("error.CBC.0154"),
  // Never asked again: the AK locks after 5 failed signatures.
  "APIGW.0301": final("error.APIGW.0301"),
  "APIG.0308": wait("error.throttled"),
  "APIGW.0308": wait("error.throttled"),
  "CBC.0250": wait("error.throttled"),
  "CBC.0999": again("error.CBC.0999"),
  // The proxy's own codes (src/contract/proxy-constants.ts).
  [PROXY_ERRORS.upstreamTimeout]: again("error.PROXY.timeout"),
  [PROXY_ERRORS.upstreamUnreachable]: again("error.PROXY.unreachable"),
  [PROXY_ERRORS.badUpstreamAnswer]: again("error.PROXY.badAnswer"),
  [PROXY_ERRORS.circuitOpen]: wait("error.PROXY.paused"),
  [PROXY_ERRORS.busy]: wait("error.PROXY.busy"),
  [PROXY_ERRORS.clientRateLimited]: wait("error.PROXY.tooMany"),
  [PROXY_ERRORS.signInRequired]: final("error.PROXY.signIn"),
  [PROXY_ERRORS.refused]: final("error.PROXY.refused"),
  [PROXY_ERRORS.misdirected]: final("error.PROXY.wrongHost"),
  [PROXY_ERRORS.restarting]: wait("error.PROXY.restarting"),
  // The portfolio's store: off stays off until the administrator changes the configuration.
  [PROXY_ERRORS.storeOff]: final("error.PROXY.storeOff"),
  [PROXY_ERRORS.storeUnavailable]: wait("error.PROXY.storeUnavailable"),
  // Starting a sync again would meet the same running one: its progress is the answer.
  [PROXY_ERRORS.syncRunning]: final("error.PROXY.syncRunning"),
  // The channel's answer says why (a wrong secret, a removed robot): worth a second try once fixed.
  [PROXY_ERRORS.alertNotDelivered]: again("error.PROXY.alertNotDelivered"),
  [CLIENT_ERROR_CODES.network]: again("error.NETWORK"),
  [CLIENT_ERROR_CODES.badResponse]: again("error.BAD_RESPONSE"),
};

function ruleFor({ code, status }: ErrorFacts): Rule {
  const known = BY_CODE[code];
  if (known) return known;
  if (status === 429) return BY_CODE["CBC.0250"]!;
  if (status >= 400 && status < 500) return final("error.client");
  return again("error.server");
}

/** What failed and what to do next, from the error code and its parameters; unknown codes fall back on the HTTP status. */
export function errorHelp(facts: ErrorFacts): ErrorHelp {
  const rule = ruleFor(facts);
  const seconds = rule.wait ? facts.retryAfterS : undefined;
  return {
    what: `${rule.prefix}.what`,
    next: seconds === undefined ? `${rule.prefix}.next` : (`${rule.prefix}.nextIn` as MessageKey),
    retry: rule.retry,
    params: seconds === undefined ? {} : { seconds: String(seconds) },
  };
}

/**
 * The two sentences a screen shows for a failure, in its language. `retryLabel` is the exact
 * label of that screen's control that asks again; it is named only when asking again can help.
 */
export function explainError(
  t: Translate,
  facts: ErrorFacts,
  retryLabel: string,
): { what: string; next: string } {
  const help = errorHelp(facts);
  return { what: t(help.what), next: t(help.next, { ...help.params, retry: retryLabel }) };
}
