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

  it("falls back on the HTTP status for unknown codes", () => {
    expect(errorHelp("CBC.4242", 400).what).toBe("error.client.what");
    expect(errorHelp("HTTP_502", 502).what).toBe("error.server.what");
    expect(errorHelp("CBC.4242", 429).what).toBe("error.throttled.what");
  });
});
