import type { ErrorBody } from "#contract/huawei-api";

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
