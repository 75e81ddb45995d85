import { PROXY_ERRORS, ProxyError } from "../errors.ts";
import type { BssCall } from "./bss-client.ts";
import { retryReason } from "./retry.ts";

export interface CircuitBreakerOptions {
  /** Consecutive transient failures that open the circuit. */
  threshold?: number;
  /** How long calls fail fast before one probe is let through. */
  cooldownMs?: number;
  now?: () => number;
  onChange?: (state: "open" | "closed") => void;
}

/**
 * Fails fast while Huawei is down, so requests answer 503 at once instead of piling up behind
 * timeouts; after a cooldown one call probes, and its success closes the circuit again.
 */
export function withCircuitBreaker(call: BssCall, options: CircuitBreakerOptions = {}): BssCall {
  const threshold = options.threshold ?? 5;
  const cooldownMs = options.cooldownMs ?? 15_000;
  const now = options.now ?? Date.now;
  let failures = 0;
  let openUntil = 0;
  let probing = false;

  const record = (failed: boolean) => {
    if (!failed) {
      if (failures >= threshold) options.onChange?.("closed");
      failures = 0;
      return;
    }
    failures += 1;
    if (failures >= threshold) {
      if (openUntil <= now()) options.onChange?.("open");
      openUntil = now() + cooldownMs;
    }
  };

  return async (api, body) => {
    const open = failures >= threshold;
    if (open && (now() < openUntil || probing)) {
      const wait = Math.max(1, Math.ceil((openUntil - now()) / 1000));
      throw new ProxyError(
        503,
        PROXY_ERRORS.circuitOpen,
        `Huawei is not answering; the proxy pauses calls for ${wait} s to let it recover. Try again then.`,
        wait,
      );
    }
    probing = open;
    try {
      const answer = await call(api, body);
      record(retryReason({ answer }) !== undefined && answer.status >= 500);
      return answer;
    } catch (error) {
      record(retryReason({ error }) !== undefined);
      throw error;
    } finally {
      probing = false;
    }
  };
}
