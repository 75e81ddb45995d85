import type { z } from "zod";
import { errorBodySchema } from "#shared/huawei-api";
import { ApiError, CLIENT_ERROR_CODES } from "./api-error.ts";

/** The proxy refuses browser requests without this header (CSRF defence). */
export const API_HEADERS = {
  "Content-Type": "application/json",
  "X-Requested-With": "newtag-dashboard",
} as const;

type RequestOptions<T extends z.ZodType> = {
  method?: "GET" | "POST";
  body?: unknown;
  schema: T;
  signal?: AbortSignal;
};

/** Calls the same-origin proxy, parses the answer with `schema` and throws `ApiError` on any failure. */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  { method = "GET", body, schema, signal }: RequestOptions<T>,
): Promise<z.infer<T>> {
  // An absolute URL, because Node's fetch (unit tests) has no page to resolve `/api/...` against.
  const url = new URL(path, window.location.origin);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: API_HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, message: describe(cause) });
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload);
    throw new ApiError(
      parsed.success
        ? { status: response.status, code: parsed.data.error_code, message: parsed.data.error_msg }
        : {
            status: response.status,
            code: `HTTP_${response.status}`,
            message: response.statusText,
          },
    );
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.badResponse,
      message: parsed.error.issues[0]?.message ?? "unexpected response",
    });
  }
  return parsed.data;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
