// @vitest-environment jsdom
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRequest } from "./api-client.ts";
import { preloadGet } from "./preload.ts";

let asked = 0;
const server = setupServer(
  http.get(`${window.location.origin}/api/thing`, () => {
    asked += 1;
    return HttpResponse.json({ n: asked });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  asked = 0;
});
afterAll(() => server.close());

const schema = async () => z.object({ n: z.number() });

describe("preloadGet", () => {
  it("hands its answer to the first request of the path, and only to the first", async () => {
    preloadGet("/api/thing");
    expect(await apiRequest("/api/thing", { schema })).toEqual({ n: 1 });
    expect(asked).toBe(1);
    expect(await apiRequest("/api/thing", { schema })).toEqual({ n: 2 });
  });
});
