import { http, HttpResponse, type HttpHandler } from "msw";
import type { ReceivedRequest, VerifyResult } from "#server/huawei/signer";
import { BSS_PATHS, type BssApi } from "#contract/huawei-api";
import { type BssResponse, bssError, signatureFailure } from "./bss-errors.ts";
import { handleBss } from "./bss-handlers.ts";
import type { BssState } from "./bss-state.ts";
import type { FlowControl } from "./flow-control.ts";

// Type-only imports from the signer keep node:crypto out of the browser's module graph.

export interface BssHandlerOptions {
  /** Where the fake answers, e.g. https://bss.myhuaweicloud.com (no trailing slash). */
  baseUrl: string;
  state: BssState;
  /** Checks authentication; without it every call is accepted. */
  verify?: (request: ReceivedRequest) => VerifyResult | Promise<VerifyResult>;
  flowControl?: FlowControl;
}

const APIS = Object.keys(BSS_PATHS) as BssApi[];

/** Turns a pure answer into an msw response. */
export function toHttpResponse(response: BssResponse): Response {
  return HttpResponse.json(response.body as Record<string, unknown>, {
    status: response.status,
    ...(response.headers ? { headers: response.headers } : {}),
  });
}

/** Reads a request the way the gateway sees it: lower-case headers, exact body text. */
export async function receivedRequest(
  request: Request,
): Promise<ReceivedRequest & { body: string }> {
  const url = new URL(request.url);
  const headers: Record<string, string> = { host: url.host };
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method,
    path: url.pathname,
    query: url.search,
    headers,
    body: await request.text(),
  };
}

/** Parses a JSON body, or returns Huawei's CBC.0100 answer for one that is not JSON. */
export function parseJsonBody(
  text: string,
): { ok: true; body: unknown } | { ok: false; response: BssResponse } {
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: bssError(400, "CBC.0100", "Invalid parameter: the request body is not valid JSON"),
    };
  }
}

/** Creates msw handlers answering the three BSS APIs under `baseUrl` with the pure fake. */
export function createBssHandlers(options: BssHandlerOptions): HttpHandler[] {
  return APIS.map((api) =>
    http.post(`${options.baseUrl}${BSS_PATHS[api]}`, async ({ request }) => {
      const received = await receivedRequest(request);
      let ak: string | undefined;
      if (options.verify) {
        const result = await options.verify(received);
        if (!result.ok)
          return toHttpResponse(signatureFailure(result.reason, result.canonicalRequest));
        ak = result.ak;
      }
      const limited = options.flowControl?.admit(api);
      if (limited) return toHttpResponse(limited);
      const parsed = parseJsonBody(received.body);
      if (!parsed.ok) return toHttpResponse(parsed.response);
      return toHttpResponse(handleBss(options.state, { api, body: parsed.body, ak }));
    }),
  );
}
