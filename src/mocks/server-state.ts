import type { BssApi } from "#contract/huawei-api";
import { type BssState, createBssState } from "./bss-state.ts";
import type { IamUser, TokenStore } from "./fake-iam.ts";
import { createTokenStore } from "./fake-iam.ts";
import type { FaultRule } from "./faults.ts";
import { type FlowControl, createFlowControl } from "./flow-control.ts";
import { freshDataset } from "./tag-edits.ts";

/** What the fake server counted, served by `GET /__fake/stats`. */
export interface FakeBssStats {
  /** Authenticated calls per API, throttled and faulted ones included. */
  calls: Record<BssApi, number>;
  throttled: number;
  signatureFailures: number;
  /** Calls with an unknown or expired `X-Auth-Token`. */
  tokenFailures: number;
  tokensIssued: number;
  faultsInjected: number;
  /** Headers (lower-case names) of the last call to each API, e.g. to check `x-domain-id`. */
  lastHeaders: Partial<Record<BssApi, Record<string, string>>>;
}

/**
 * One call the gateway let through authentication, as Huawei's own flow control would count it:
 * when it arrived, to which API, whether it was throttled, and the first customer ID it asked for
 * (how a test tells whose lookup it belonged to).
 */
export interface LoggedCall {
  at: number;
  api: BssApi;
  throttled: boolean;
  firstId?: string | undefined;
}

// A test of a few minutes at 10 calls/s logs a few thousand calls; older ones go past this.
const MAX_LOGGED_CALLS = 100_000;

/** Appends a call to the log, dropping the oldest past the cap. */
export function logCall(state: FakeBssState, call: LoggedCall): void {
  state.log.push(call);
  if (state.log.length > MAX_LOGGED_CALLS) state.log.splice(0, state.log.length - MAX_LOGGED_CALLS);
}

/** Everything one fake BSS server holds; tests may read and change it directly. */
export interface FakeBssState {
  bss: BssState;
  faults: FaultRule[];
  flow: FlowControl;
  tokens: TokenStore;
  stats: Omit<FakeBssStats, "tokensIssued">;
  /** Every authenticated call in arrival order, served by `GET /__fake/calls`. */
  log: LoggedCall[];
  now: () => Date;
  /** The data set was changed through `POST /__fake/customers`; a reset regenerates it. */
  edited?: boolean;
}

const zeroStats = (): FakeBssState["stats"] => ({
  calls: { newCustomerTags: 0, indirectPartners: 0, subCustomers: 0 },
  throttled: 0,
  signatureFailures: 0,
  tokenFailures: 0,
  faultsInjected: 0,
  lastHeaders: {},
});

export interface FakeBssStateOptions {
  seed?: number;
  /** Size of the generated data set; about 13,000 customers when absent. */
  customers?: number;
  now?: () => Date;
  rateLimitPerSecond?: number;
  iamUser?: IamUser;
}

/** Creates the state of a fake BSS server. */
export function createFakeBssState(options: FakeBssStateOptions = {}): FakeBssState {
  const now = options.now ?? (() => new Date());
  return {
    bss: createBssState({
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.customers === undefined ? {} : { customers: options.customers }),
      now: now(),
    }),
    faults: [],
    flow: createFlowControl({
      ...(options.rateLimitPerSecond === undefined
        ? {}
        : { limitPerSecond: options.rateLimitPerSecond }),
      now: () => now().getTime(),
    }),
    tokens: createTokenStore(now, options.iamUser),
    stats: zeroStats(),
    log: [],
    now,
  };
}

/** Puts data, faults, switches, counters and the limiter back to their start; issued tokens stay valid. */
export function resetFakeBssState(state: FakeBssState): void {
  if (state.edited) {
    state.bss.dataset = freshDataset(state.bss.dataset);
    state.edited = false;
  }
  state.faults = [];
  state.bss.distributor = true;
  state.flow.reset();
  state.tokens.resetCount();
  state.stats = zeroStats();
  state.log = [];
}

/** Returns the counters as served by `GET /__fake/stats`. */
export function statsOf(state: FakeBssState): FakeBssStats {
  return { ...state.stats, tokensIssued: state.tokens.issuedCount };
}
