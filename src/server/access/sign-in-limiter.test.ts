import { describe, expect, it } from "vitest";
import { type SignInLimits, createSignInLimiter } from "./sign-in-limiter.ts";

const buildLimits = (overrides: Partial<SignInLimits> = {}): SignInLimits => ({
  perAddress: 5,
  windowMs: 60_000,
  perNameFree: 3,
  nameBackoffMs: 1000,
  nameBackoffMaxMs: 8000,
  ...overrides,
});

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("sign-in limiter", () => {
  it("admits exactly the allowance of simultaneous attempts from one address", () => {
    const limiter = createSignInLimiter(buildLimits(), clock().now);
    const results = Array.from({ length: 200 }, (_, i) => limiter.admit("203.0.113.7", `name-${i}`));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results[5]).toEqual({ ok: false, limit: "address", retryAfterMs: 60_000 });
  });

  it("counts one IPv6 /64 as one address", () => {
    const limiter = createSignInLimiter(buildLimits(), clock().now);
    const admitted = Array.from({ length: 20 }, (_, i) => limiter.admit(`2001:db8:1:2::${i + 1}`, `name-${i}`));
    expect(admitted.filter((r) => r.ok)).toHaveLength(5);
    expect(limiter.admit("2001:db8:1:3::1", "other").ok).toBe(true);
  });

  it("makes one name wait exponentially longer, whatever the addresses", () => {
    const time = clock();
    const limiter = createSignInLimiter(buildLimits(), time.now);
    const tries = Array.from({ length: 30 }, (_, i) => limiter.admit(`198.51.100.${i + 1}`, "alice"));
    expect(tries.filter((r) => r.ok)).toHaveLength(3);
    expect(tries[3]).toEqual({ ok: false, limit: "name", retryAfterMs: 1000 });
    time.advance(1000);
    expect(limiter.admit("198.51.100.99", "alice").ok).toBe(true);
    expect(limiter.admit("198.51.100.98", "alice")).toEqual({ ok: false, limit: "name", retryAfterMs: 2000 });
    time.advance(2000);
    expect(limiter.admit("198.51.100.97", "alice").ok).toBe(true);
    expect(limiter.admit("198.51.100.96", "alice")).toEqual({ ok: false, limit: "name", retryAfterMs: 4000 });
  });

  it("caps the wait of a name", () => {
    const time = clock();
    const limiter = createSignInLimiter(buildLimits({ perAddress: 1000 }), time.now);
    for (let i = 0; i < 10; i++) {
      limiter.admit(`198.51.100.${i}`, "alice");
      time.advance(8000);
    }
    expect(limiter.admit("198.51.100.50", "alice").ok).toBe(true);
    expect(limiter.admit("198.51.100.51", "alice")).toEqual({ ok: false, limit: "name", retryAfterMs: 8000 });
  });

  it("takes back a successful attempt and lets its name start afresh", () => {
    const limiter = createSignInLimiter(buildLimits(), clock().now);
    limiter.admit("203.0.113.7", "alice");
    limiter.admit("203.0.113.7", "alice");
    const right = limiter.admit("203.0.113.7", "alice");
    if (!right.ok) throw new Error("expected admission");
    limiter.succeeded(right.ticket);
    const more = Array.from({ length: 5 }, () => limiter.admit("203.0.113.8", "alice"));
    expect(more.filter((r) => r.ok)).toHaveLength(3);
    expect(limiter.admit("203.0.113.7", "bob").ok).toBe(true);
    expect(limiter.admit("203.0.113.7", "carol").ok).toBe(true);
    expect(limiter.admit("203.0.113.7", "dave").ok).toBe(true);
    expect(limiter.admit("203.0.113.7", "erin").ok).toBe(false);
  });

  it("forgets failures once the window has passed", () => {
    const time = clock();
    const limiter = createSignInLimiter(buildLimits(), time.now);
    for (let i = 0; i < 5; i++) limiter.admit("203.0.113.7", `name-${i}`);
    expect(limiter.admit("203.0.113.7", "x").ok).toBe(false);
    time.advance(60_001);
    expect(limiter.admit("203.0.113.7", "x").ok).toBe(true);
  });

  it("does not lock a user out at an address they signed in from before", () => {
    const limiter = createSignInLimiter(buildLimits(), clock().now);
    const earlier = limiter.admit("203.0.113.7", "alice");
    if (!earlier.ok) throw new Error("expected admission");
    limiter.succeeded(earlier.ticket);
    for (let i = 0; i < 10; i++) limiter.admit(`198.51.100.${i}`, "alice");
    expect(limiter.admit("198.51.100.50", "alice").ok).toBe(false);
    expect(limiter.admit("203.0.113.7", "alice").ok).toBe(true);
  });
});
