import { describe, expect, it } from "vitest";
import { WAIT_CODES } from "#contract/proxy-constants";
import { errorHelp } from "./error-help.ts";

describe("errorHelp", () => {
  it.each([
    ["APIG.0308", 429],
    ["APIGW.0308", 429],
    ["CBC.0250", 429],
  ])("explains %s as throttling", (code, status) => {
    expect(errorHelp({ code: code, status: status }).what).toBe("error.throttled.what");
  });

  it("explains a network failure", () => {
    expect(errorHelp({ code: "NETWORK", status: 0 })).toEqual({
      what: "error.NETWORK.what",
      next: "error.NETWORK.next",
      retry: true,
      params: {},
    });
  });

  it("explains an unknown or foreign reseller in plain words", () => {
    expect(errorHelp({ code: "CBC.99000037", status: 400 })).toEqual({
      what: "resellers.error.unknown.what",
      next: "resellers.error.unknown.next",
      retry: false,
      params: {},
    });
  });

  it.each(["CBC.0150", "CBC.0151"])(
    "explains %s as access denied, not as a bad request",
    (code) => {
      expect(errorHelp({ code: code, status: 403 }).what).toBe("error.CBC.0151.what");
    },
  );

  it("explains CBC.0155 as missing credentials or permission", () => {
    expect(errorHelp({ code: "CBC.0155", status: 403 }).what).toBe("error.CBC.0155.what");
  });

  it("falls back on the HTTP status for unknown codes", () => {
    expect(errorHelp({ code: "CBC.4242", status: 400 }).what).toBe("error.client.what");
    expect(errorHelp({ code: "HTTP_502", status: 502 }).what).toBe("error.server.what");
    expect(errorHelp({ code: "CBC.4242", status: 429 }).what).toBe("error.throttled.what");
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
    expect(errorHelp({ code: code, status: status }).what).toBe(what);
  });

  it.each([
    ["PROXY.0503", 503, "error.PROXY.paused.nextIn"],
    ["PROXY.0529", 503, "error.PROXY.busy.nextIn"],
    ["PROXY.0429", 429, "error.PROXY.tooMany.nextIn"],
    ["APIG.0308", 429, "error.throttled.nextIn"],
  ])("says the seconds to wait for %s when the server gave them", (code, status, next) => {
    expect(errorHelp({ code, status, retryAfterS: 12 })).toEqual(
      expect.objectContaining({ next, retry: true, params: { seconds: "12" } }),
    );
  });

  it("names no wait it was not given, and no seconds where waiting is not the advice", () => {
    expect(errorHelp({ code: "PROXY.0503", status: 503 })).toMatchObject({
      next: "error.PROXY.paused.next",
      params: {},
    });
    expect(errorHelp({ code: "CBC.0999", status: 500, retryAfterS: 3 })).toMatchObject({
      next: "error.CBC.0999.next",
      params: {},
    });
  });

  it("offers asking again for throttling but never for a refusal that will not change", () => {
    expect(errorHelp({ code: "CBC.4242", status: 429 }).retry).toBe(true);
    expect(errorHelp({ code: "CBC.4242", status: 400 }).retry).toBe(false);
    expect(errorHelp({ code: "APIGW.0301", status: 401 }).retry).toBe(false);
  });

  it("explains the portfolio's store: off for good, unavailable for now, a sync already running", () => {
    expect(errorHelp({ code: "PROXY.0501", status: 501 })).toMatchObject({
      what: "error.PROXY.storeOff.what",
      retry: false,
    });
    expect(errorHelp({ code: "PROXY.0532", status: 503, retryAfterS: 30 })).toMatchObject({
      what: "error.PROXY.storeUnavailable.what",
      next: "error.PROXY.storeUnavailable.nextIn",
      retry: true,
      params: { seconds: "30" },
    });
    expect(errorHelp({ code: "PROXY.0409", status: 409 })).toMatchObject({
      what: "error.PROXY.syncRunning.what",
      retry: false,
    });
  });

  it("gives the seconds of every proxy code whose answer carries a wait, but the sign-in's", () => {
    const withSeconds = WAIT_CODES.filter(
      (code) => errorHelp({ code, status: 503, retryAfterS: 42 }).params.seconds === "42",
    );
    expect(withSeconds).toEqual(["PROXY.0503", "PROXY.0529", "PROXY.0429", "PROXY.0530"]);
  });
});
