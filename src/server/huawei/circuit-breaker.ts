import type { BssApi } from "#contract/huawei-api";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { ProxyError } from "../errors.ts";
import type { ContextCall } from "./call-context.ts";
import { retryReason } from "./retry.ts";

export interface CircuitBreakerOptions {
  /** Consecutive transient failures of one API that open its circuit. */
  threshold?: number;
  /** How long calls fail fast before one probe is let through. */
  cooldownMs?: number;
  now?: () => number;
  /**
   * Told when an API's circuit opens (and again each time a probe fails, which keeps it open) and
   * when an answer closes it.
   */
  onChange?: (state: "open" | "closed", api: BssApi) => void;
  /** Told when the cooldown is over and one call is let through to probe (the circuit is half-open). */
  onProbe?: (api: BssApi) => void;
}

interface Circuit {
  failures: number;
  openUntil: number;
  probing: boolean;
}

/**
 * Fails fast while a Huawei API is down, so requests answer 503 at once instead of piling up behind
 * timeouts; after a cooldown one call probes, and its success closes the circuit again. Each API has
 * its own circuit: a failing customer list must not stop tag lookups.
 */
export function withCircuitBreaker(
  call: ContextCall,
  options: CircuitBreakerOptions = {},
): ContextCall {
  const threshold = options.threshold ?? 5;
  const cooldownMs = options.cooldownMs ?? 15_000;
  const now = options.now ?? Date.now;
  const circuits = new Map<BssApi, Circuit>();
  const circuitOf = (api: BssApi) => {
    let circuit = circuits.get(api);
    if (!circuit) {
      circuit = { failures: 0, openUntil: 0, probing: false };
      circuits.set(api, circuit);
    }
    return circuit;
  };

  const record = (api: BssApi, circuit: Circuit, failed: boolean) => {
    if (!failed) {
      if (circuit.failures >= threshold) options.onChange?.("closed", api);
      circuit.failures = 0;
      return;
    }
    circuit.failures += 1;
    if (circuit.failures >= threshold) {
      if (circuit.openUntil <= now()) options.onChange?.("open", api);
      circuit.openUntil = now() + cooldownMs;
    }
  };

  return async (api, body, context) => {
    const circuit = circuitOf(api);
    const open = circuit.failures >= threshold;
    if (open && (now() < circuit.openUntil || circuit.probing)) {
      const wait = Math.max(1, Math.ceil((circuit.openUntil - now()) / 1000));
      throw new ProxyError(
        503,
        PROXY_ERRORS.circuitOpen,
        `Huawei is not answering; the proxy pauses calls to this API for ${wait} s to let it recover. Try again then.`,
        wait,
      );
    }
    circuit.probing = open;
    if (open) options.onProbe?.(api);
    try {
      const answer = await call(api, body, context);
      record(api, circuit, retryReason({ answer }) !== undefined && answer.status >= 500);
      return answer;
    } catch (error) {
      // Only an answer shows Huawei works; an error that is not Huawei's failing (a refusal by the
      // queue, a client that left, a deadline that passed in the queue) says nothing either way.
      if (!context.signal.aborted && retryReason({ error }) !== undefined)
        record(api, circuit, true);
      throw error;
    } finally {
      circuit.probing = false;
    }
  };
}
