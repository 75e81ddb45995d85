import { http, HttpResponse, type HttpHandler } from "msw";
import {
  BSS_PATHS,
  type BssApi,
  customerQueryResponseSchema,
  resellerQueryResponseSchema,
  tagQueryResponseSchema,
} from "#contract/huawei-api";
import { type BssResponse, bssError } from "./bss-errors.ts";
import { exportReportSchema, type Health } from "#contract/proxy-api";
import { API_PREFIX, PROXY_ERRORS, PROXY_PATHS } from "#contract/proxy-constants";
import { handleBss } from "./bss-handlers.ts";
import type { BssState } from "./bss-state.ts";
import { createFakePortfolio, type FakePortfolio } from "./fake-portfolio.ts";
import { createPortfolioHandlers } from "./portfolio-handlers.ts";

// The proxy parses Huawei's answers with these schemas, which drops the contact fields; the
// browser fake does the same so the demo shows exactly what the real proxy would pass on.
const RESPONSE_SCHEMAS = {
  newCustomerTags: tagQueryResponseSchema,
  indirectPartners: resellerQueryResponseSchema,
  subCustomers: customerQueryResponseSchema,
} as const;

const APIS = Object.keys(BSS_PATHS) as BssApi[];

function toHttpResponse(response: BssResponse): Response {
  return HttpResponse.json(response.body as Record<string, unknown>, {
    status: response.status,
    ...(response.headers ? { headers: response.headers } : {}),
  });
}

// Huawei answers a body that is not JSON with CBC.0100, and so does the proxy in front of it.
function parseJsonBody(
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

export interface ProxyHandlerOptions {
  state: BssState;
  /** Prepended to the paths; empty in the browser (same origin), absolute in Node tests. */
  origin?: string;
  /** The proxy's store of tags; by default one built from the data set when first asked for. */
  portfolio?: FakePortfolio;
}

/** msw handlers standing in for the proxy's own `/api/...` routes, without signing. */
export function createProxyHandlers(options: ProxyHandlerOptions): HttpHandler[] {
  const origin = options.origin ?? "";
  let portfolio = options.portfolio;
  const store = () => (portfolio ??= createFakePortfolio(options.state.dataset));
  const bssRoutes = APIS.map((api) =>
    http.post(`${origin}${API_PREFIX}${BSS_PATHS[api]}`, async ({ request }) => {
      const parsed = parseJsonBody(await request.text());
      if (!parsed.ok) return toHttpResponse(parsed.response);
      const answer = handleBss(options.state, { api, body: parsed.body });
      if (answer.status !== 200) return toHttpResponse(answer);
      return toHttpResponse({ status: 200, body: RESPONSE_SCHEMAS[api].parse(answer.body) });
    }),
  );
  return [
    ...bssRoutes,
    ...createPortfolioHandlers(origin, store),
    http.get(`${origin}${PROXY_PATHS.health}`, () =>
      HttpResponse.json<Health>({ status: "ok", mode: "demo", store: portfolio?.store ?? "ok" }),
    ),
    // The proxy writes the report to its audit log; here there is none to write.
    http.post(`${origin}${PROXY_PATHS.auditExport}`, async ({ request }) =>
      exportReportSchema.safeParse(await request.json().catch(() => undefined)).success
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json({ error_code: PROXY_ERRORS.badRequest, error_msg: "Invalid parameter" }, { status: 400 }),
    ),
    http.all(`${origin}${API_PREFIX}/*`, ({ request }) =>
      HttpResponse.json(
        {
          error_code: PROXY_ERRORS.notFound,
          error_msg: `No such API: ${request.method} ${new URL(request.url).pathname}`,
        },
        { status: 404 },
      ),
    ),
  ];
}
