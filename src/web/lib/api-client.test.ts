// @vitest-environment jsdom
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { apiRequest } from "./api-client.ts";
import { ApiError } from "./api-error.ts";

const TAGS_URL = `*/api${BSS_PATHS.newCustomerTags}`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failureOf(answer: () => Response): Promise<ApiError> {
  server.use(http.post(TAGS_URL, answer));
  const error = await apiRequest(`/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    body: { customer_ids: ["a"] },
    schema: async () => (await import("#contract/huawei-api")).tagQueryResponseSchema,
  }).catch((caught: unknown) => caught);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("apiRequest failures", () => {
  it("read the wait from the proxy's retry_after_s", async () => {
    const error = await failureOf(() =>
      HttpResponse.json(
        { error_code: "PROXY.0529", error_msg: "busy", retry_after_s: 5 },
        { status: 503, headers: { "Retry-After": "5" } },
      ),
    );
    expect(error).toMatchObject({ status: 503, code: "PROXY.0529", retryAfterS: 5 });
  });

  it("read the wait of Huawei's throttling answer from its Retry-After header", async () => {
    const error = await failureOf(() =>
      HttpResponse.json(
        { error_code: "APIG.0308", error_msg: "The throttling threshold has been reached" },
        { status: 429, headers: { "Retry-After": "7" } },
      ),
    );
    expect(error).toMatchObject({ status: 429, code: "APIG.0308", retryAfterS: 7 });
  });
});
