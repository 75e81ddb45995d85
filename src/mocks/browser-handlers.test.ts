import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS } from "#contract/huawei-api";
import { createProxyHandlers } from "./browser-handlers.ts";
import { createBssState } from "./bss-state.ts";

const now = new Date("2026-11-15T04:00:00Z");
const proxyState = createBssState({ seed: 4, now });
const APP = "http://app.test";
const proxy = setupServer(...createProxyHandlers({ state: proxyState, origin: APP }));
const post = (path: string, body: string) => fetch(`${APP}${path}`, { method: "POST", body });

describe("msw stand-in for the proxy (browser)", () => {
  beforeAll(() => proxy.listen({ onUnhandledRequest: "error" }));
  afterAll(() => proxy.close());

  it("answers the app's /api routes without signing, contact fields removed like the proxy does", async () => {
    const response = await post(`/api${BSS_PATHS.subCustomers}`, "{}");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.customer_infos[0].customer_id).toBe(
      proxyState.dataset.ownCustomers[0]?.tag.customer_id,
    );
    expect(body.customer_infos[0]).not.toHaveProperty("telephone");
    expect(body.customer_infos[0]).not.toHaveProperty("email");
    const tags = await (await post(`/api${BSS_PATHS.newCustomerTags}`, '{"limit":1}')).json();
    expect(tags.new_customer_tags).toHaveLength(1);
  });

  it("passes Huawei's errors on", async () => {
    const response = await post(`/api${BSS_PATHS.newCustomerTags}`, '{"limit":0}');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_code: "CBC.0100" });
    expect((await post(`/api${BSS_PATHS.indirectPartners}`, "not json")).status).toBe(400);
  });

  it("answers health in demo mode and 404 PROXY.0404 elsewhere", async () => {
    expect(await (await fetch(`${APP}/api/health`)).json()).toEqual({
      status: "ok",
      mode: "demo",
      store: "ok",
    });
    const missing = await fetch(`${APP}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error_code: "PROXY.0404" });
  });
});
