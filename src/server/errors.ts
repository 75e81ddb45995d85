import type { ErrorBody } from "#contract/huawei-api";

/** Error codes of the proxy itself, in Huawei's `error_code` shape so the browser handles one kind. */
export const PROXY_ERRORS = {
  notFound: "PROXY.0404",
  uriTooLong: "PROXY.0414",
  badUpstreamAnswer: "PROXY.0502",
  upstreamUnreachable: "PROXY.0512",
  circuitOpen: "PROXY.0503",
  busy: "PROXY.0529",
  clientRateLimited: "PROXY.0429",
  upstreamTimeout: "PROXY.0504",
  // Never seen by anyone: the client that would read it has gone. Named for the log line.
  clientGone: "PROXY.0499",
  iamFailed: "PROXY.0401",
  // Same code as iamFailed: the browser's explanation of PROXY.0401 covers both sign-ins.
  signInRequired: "PROXY.0401",
  refused: "PROXY.0403",
  bodyTooLarge: "PROXY.0413",
  unsupportedMediaType: "PROXY.0415",
  internal: "PROXY.0500",
  badRequest: "PROXY.0400",
  requestTimeout: "PROXY.0408",
  misdirected: "PROXY.0421",
  headersTooLarge: "PROXY.0431",
  restarting: "PROXY.0530",
} as const;

/** A failure the proxy answers with a status and a Huawei-shaped error body. */
export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before asking again, when a wait applies: sent as `Retry-After` and `retry_after_s`. */
    readonly retryAfterS?: number,
  ) {
    super(message);
    this.name = "ProxyError";
  }

  /** The body sent to the browser; the wait is a field of its own so the UI can say it in its language. */
  toBody(): ErrorBody {
    const body: ErrorBody = { error_code: this.code, error_msg: this.message };
    if (this.retryAfterS !== undefined) body.retry_after_s = this.retryAfterS;
    return body;
  }
}
