import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startProxyHarness } from "./testing/proxy-harness.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("security headers", () => {
  it("sends a CSP without inline scripts, frame-ancestors 'none', nosniff and no referrer; no HSTS over plain http", async () => {
    h = await startProxyHarness();
    const res = await fetch(`${h.url}/api/health`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends HSTS when a trusted TLS-terminating proxy says the request came over https", async () => {
    h = await startProxyHarness({ trustProxy: "127.0.0.1" });
    const res = await fetch(`${h.url}/api/health`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("ignores X-Forwarded-Proto from an address it does not trust", async () => {
    h = await startProxyHarness({ trustProxy: "10.0.0.1" });
    const res = await fetch(`${h.url}/api/health`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});
