import type { BssApi } from "#contract/huawei-api";
import { type BssResponse, bssError } from "./bss-errors.ts";
import { handleBss } from "./bss-handlers.ts";
import { type Fault, customerIdsOf, pickFault } from "./faults.ts";
import { authenticate } from "./gateway-auth.ts";
import type { GatewayRequest } from "./gateway-signature.ts";
import { type FakeBssState, logCall } from "./server-state.ts";

/** What the HTTP layer must do with a call: answer, or misbehave as a fault asked. */
export type GatewayOutcome =
  | { kind: "answer"; response: BssResponse }
  | { kind: "hang" | "reset" | "malformed" };

const UNPARSABLE = Symbol("unparsable");

function parseBody(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return UNPARSABLE;
  }
}

function faultResponse(fault: Extract<Fault, { kind: "status" }>): BssResponse {
  const throttling = fault.status === 429;
  const response = bssError(
    fault.status,
    fault.error_code ?? (throttling ? "APIG.0308" : "CBC.0999"),
    fault.error_msg ??
      (throttling
        ? "The throttling threshold has been reached (injected fault)"
        : "System error (injected fault)"),
  );
  if (fault.retryAfterSeconds !== undefined)
    response.headers = { "Retry-After": String(fault.retryAfterSeconds) };
  return response;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one BSS call through the fake gateway in Huawei's order: authentication, then injected
 * faults, then flow control, then the API itself.
 */
export async function passGateway(
  state: FakeBssState,
  api: BssApi,
  request: GatewayRequest & { body: Uint8Array },
  keys: Record<string, string>,
): Promise<GatewayOutcome> {
  const auth = authenticate(state, request, keys);
  if (!auth.ok) return { kind: "answer", response: auth.response };
  state.stats.calls[api]++;
  state.stats.lastHeaders[api] = Object.fromEntries(
    Object.entries(request.headers).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const body = parseBody(request.body);
  const calls = state.stats.calls;
  const picked = pickFault(state.faults, {
    api,
    apiCallNumber: calls[api],
    callNumber: calls.newCustomerTags + calls.indirectPartners + calls.subCustomers,
    customerIds: customerIdsOf(body),
  });
  state.faults = picked.rules;
  const fault = picked.fault;
  if (fault) state.stats.faultsInjected++;
  if (fault?.kind === "status") return { kind: "answer", response: faultResponse(fault) };
  if (fault?.kind === "body")
    return { kind: "answer", response: { status: 200, body: fault.body } };
  if (fault?.kind === "delay") await sleep(fault.ms);
  else if (fault) return { kind: fault.kind };
  const limited = state.flow.admit(api);
  logCall(state, {
    at: state.now().getTime(),
    api,
    throttled: limited !== undefined,
    firstId: customerIdsOf(body)[0],
  });
  if (limited) {
    state.stats.throttled++;
    return { kind: "answer", response: limited };
  }
  if (body === UNPARSABLE) {
    return {
      kind: "answer",
      response: bssError(400, "CBC.0100", "Invalid parameter: the request body is not valid JSON"),
    };
  }
  return { kind: "answer", response: handleBss(state.bss, { api, body, ak: auth.ak }) };
}
