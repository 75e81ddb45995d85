import type { z } from "zod";
import { ApiError, CLIENT_ERROR_CODES } from "./api-error.ts";

type Schemas = typeof import("./api-schemas.ts");
/** The name of the schema an answer is parsed with (see api-schemas.ts). */
export type SchemaName = Exclude<keyof Schemas, "errorBodySchema">;

let schemas: Promise<Schemas> | undefined;
const loadSchemas = () => (schemas ??= import("./api-schemas.ts"));

/** The proxy refuses browser requests without this header (CSRF defence). */
export const API_HEADERS = {
  "Content-Type": "application/json",
  "X-Requested-With": "newtag-dashboard",
} as const;

type RequestOptions<K extends SchemaName> = {
  method?: "GET" | "POST";
  body?: unknown;
  schema: K;
  signal?: AbortSignal;
};

/** Calls the same-origin proxy, parses the answer with the named schema and throws `ApiError` on any failure. */
export async function apiRequest<K extends SchemaName>(
  path: string,
  { method = "GET", body, schema, signal }: RequestOptions<K>,
): Promise<z.infer<Schemas[K]>> {
  // Loaded while the request is in flight, so it costs no extra wait.
  const loading = loadSchemas();
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
  const all = await loading;
  if (!response.ok) {
    const parsed = all.errorBodySchema.safeParse(payload);
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
  // Indexing by a generic key loses the link between name and type; restore it once, here.
  const parsed = (all[schema] as unknown as z.ZodType<z.infer<Schemas[K]>>).safeParse(payload);
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
