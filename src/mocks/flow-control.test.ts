import { describe, expect, it } from "vitest";
import { createFlowControl } from "./flow-control.ts";

describe("flow control", () => {
  it("allows 10 calls per API per second, then answers APIG.0308", () => {
    let time = 1_000_000;
    const flow = createFlowControl({ now: () => time });
    for (let i = 0; i < 10; i++) expect(flow.admit("newCustomerTags")).toBeUndefined();
    expect(flow.admit("newCustomerTags")).toEqual({
      status: 429,
      body: {
        error_code: "APIG.0308",
        error_msg:
          "The throttling threshold has been reached: policy user over ratelimit, limit:10, time:1 second",
      },
    });
    // Counted per API.
    expect(flow.admit("subCustomers")).toBeUndefined();
    time += 999;
    expect(flow.admit("newCustomerTags")?.status).toBe(429);
    time += 1;
    expect(flow.admit("newCustomerTags")).toBeUndefined();
  });

  it("slides the window instead of resetting it each second", () => {
    let time = 0;
    const flow = createFlowControl({ limitPerSecond: 2, now: () => time });
    flow.admit("indirectPartners");
    time = 600;
    flow.admit("indirectPartners");
    time = 1_100; // the first call left the window, the second has not
    expect(flow.admit("indirectPartners")).toBeUndefined();
    expect(flow.admit("indirectPartners")?.body).toMatchObject({
      error_msg: expect.stringContaining("limit:2,"),
    });
    flow.reset();
    expect(flow.admit("indirectPartners")).toBeUndefined();
  });
});
