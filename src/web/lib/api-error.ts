import { PROXY_ERRORS } from "#contract/proxy-constants";

/** Codes the browser invents for failures that never got a Huawei error body. */
export const CLIENT_ERROR_CODES = {
  network: "NETWORK",
  badResponse: "BAD_RESPONSE",
} as const;

/** A failed call to our proxy: `code` is Huawei's error_code when there is one. */
export class ApiError extends Error {
  override name = "ApiError";
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  readonly code: string;
  /** Seconds to wait before asking again, when the server said (`retry_after_s` or `Retry-After`). */
  readonly retryAfterS: number | undefined;

  constructor({
    status,
    code,
    message,
    retryAfterS,
  }: {
    status: number;
    code: string;
    message: string;
    retryAfterS?: number | undefined;
  }) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterS = retryAfterS;
  }
}

/** 4xx answers will not change by asking again (and repeated auth failures lock the AK). */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/** Anything a query threw, as an `ApiError` the UI knows how to explain. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    status: 0,
    code: CLIENT_ERROR_CODES.badResponse,
    message: error instanceof Error ? error.message : String(error),
  });
}

const STORE_DOWN_CODES: ReadonlySet<string> = new Set([PROXY_ERRORS.storeOff, PROXY_ERRORS.storeUnavailable]);

/** The portfolio's store is turned off or not answering: no portfolio route can answer, lookups still can. */
export function isStoreDown(error: unknown): boolean {
  return error instanceof ApiError && STORE_DOWN_CODES.has(error.code);
}
