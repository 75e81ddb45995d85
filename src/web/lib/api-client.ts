import type { z } from "zod";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { ApiError, CLIENT_ERROR_CODES } from "./api-error.ts";
import { takePreloaded } from "./preload.ts";

/**
 * The schema an answer is parsed with, loaded on first use: zod and the schemas stay out of the
 * first screen, e.g. `async () => (await import("#contract/proxy-api")).healthSchema`.
 */
export type AnswerSchema<S extends z.ZodType> = () => Promise<S>;

const loadErrorBodySchema = async () => (await import("#contract/huawei-api")).errorBodySchema;

/** The proxy refuses browser requests without the CSRF header. */
export const API_HEADERS = {
  "Content-Type": "application/json",
  [CSRF_HEADER.name]: CSRF_HEADER.value,
} as const;

type RequestOptions<S extends z.ZodType> = {
  method?: "GET" | "POST";
  body?: unknown;
  schema: AnswerSchema<S>;
  signal?: AbortSignal;
};

/** Calls the same-origin proxy, parses the answer with the named schema and throws `ApiError` on any failure. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  { method = "GET", body, schema, signal }: RequestOptions<S>,
): Promise<z.output<S>> {
  // Loaded while the request is in flight, so they cost no extra wait.
  const loading = Promise.all([schema(), loadErrorBodySchema()]);
  // An absolute URL, because Node's fetch (unit tests) has no page to resolve `/api/...` against.
  const url = new URL(path, window.location.origin);
  let response: Response;
  try {
    const preloaded = method === "GET" ? takePreloaded(path) : undefined;
    response = await (preloaded ??
      fetch(url, {
        method,
        headers: API_HEADERS,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ?? null,
      }));
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, message: describe(cause) });
  }

  const payload: unknown = await response.json().catch(() => undefined);
  const [answerSchema, errorBodySchema] = await loading;
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload);
    throw new ApiError(
      parsed.success
        ? {
            status: response.status,
            code: parsed.data.error_code,
            message: parsed.data.error_msg,
            // The proxy's own answers carry the wait in the body; Huawei's only in the header.
            retryAfterS: parsed.data.retry_after_s ?? secondsOf(response.headers.get("retry-after")),
          }
        : {
            status: response.status,
            code: `HTTP_${response.status}`,
            message: response.statusText,
          },
    );
  }
  const parsed = answerSchema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.badResponse,
      message: parsed.error.issues[0]?.message ?? "unexpected response",
    });
  }
  return parsed.data;
}

// Retry-After in seconds; an HTTP date (which Huawei does not send) is left out.
function secondsOf(header: string | null): number | undefined {
  return header && /^\d+$/.test(header.trim()) ? Number(header) : undefined;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
