import { describe, expect, it } from "vitest";
import { errorHelp } from "./error-help.ts";

describe("errorHelp", () => {
  it.each([
    ["APIG.0308", 429],
    ["APIGW.0308", 429],
    ["CBC.0250", 429],
  ])("explains %s as throttling", (code, status) => {
    expect(errorHelp(code, status).what).toBe("error.throttled.what");
  });

  it("explains a network failure", () => {
    expect(errorHelp("NETWORK", 0)).toEqual({
      what: "error.NETWORK.what",
      next: "error.NETWORK.next",
    });
  });

  it("explains an unknown or foreign reseller in plain words", () => {
    expect(errorHelp("CBC.99000037", 400)).toEqual({
      what: "resellers.error.unknown.what",
      next: "resellers.error.unknown.next",
    });
  });

  it.each(["CBC.0150", "CBC.0151"])(
    "explains %s as access denied, not as a bad request",
    (code) => {
      expect(errorHelp(code, 403).what).toBe("error.CBC.0151.what");
    },
  );

  it("explains CBC.0155 as missing credentials or permission", () => {
    expect(errorHelp("CBC.0155", 403).what).toBe("error.CBC.0155.what");
  });

  it("falls back on the HTTP status for unknown codes", () => {
    expect(errorHelp("CBC.4242", 400).what).toBe("error.client.what");
    expect(errorHelp("HTTP_502", 502).what).toBe("error.server.what");
    expect(errorHelp("CBC.4242", 429).what).toBe("error.throttled.what");
  });

  it.each([
    ["PROXY.0504", 504, "error.PROXY.timeout.what"],
    ["PROXY.0512", 502, "error.PROXY.unreachable.what"],
    ["PROXY.0502", 502, "error.PROXY.badAnswer.what"],
    ["PROXY.0503", 503, "error.PROXY.paused.what"],
    ["PROXY.0529", 503, "error.PROXY.busy.what"],
    ["PROXY.0429", 429, "error.PROXY.tooMany.what"],
    ["APIGW.0307", 401, "error.CBC.0154.what"],
  ])("explains the proxy's own %s specifically", (code, status, what) => {
    expect(errorHelp(code, status).what).toBe(what);
  });
});
