import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { metrics } from "../metrics.ts";
import type { SharedRedis } from "../shared/redis.ts";
import {
  createStartWindow,
  DEFAULT_MARGIN_MS,
  type GateAnswer,
  GO,
  type StartGate,
  type StartRequest,
} from "./start-gate.ts";

/** How the Huawei budget is kept: through Redis, by this replica alone (no Redis configured), or alone while Redis is away. */
export type FlowMode = "shared" | "local" | "fallback";

export interface FlowSharingOptions {
  /** The replicas' Redis; without it each replica keeps to its share for good. */
  redis?: SharedRedis | undefined;
  /** All replicas' budget per Huawei API (calls per second). */
  perSecond: number;
  /** Replicas behind the load balancer: each one's share while it cannot share. */
  replicas: number;
  marginMs?: number;
  /** How long after a failed command Redis is tried again while its connection still looks up. */
  retryMs?: number;
  /** How long after Redis returns this replica still keeps to its share as well (see `tryStart`). */
  returnGraceMs?: number;
  /** Where the keys live (tests give each case its own). */
  keyPrefix?: string;
  now?: () => number;
  logger?: Logger | undefined;
}

/** The replicas' flow control: one gate per Huawei API, and the mode they are in. */
export interface FlowSharing {
  mode(): FlowMode;
  /** Calls per second per API this replica keeps within now: the shared budget, or its share. */
  budget(): number;
  /** The gate of one API (the same one on every call). */
  gate(api: string): StartGate;
  /** Stops following Redis's availability. */
  close(): void;
}

// One atomic step of the shared sliding window, in Redis so that the replicas' starts are counted in
// one place on one clock (Redis TIME: the replicas' clocks do not matter). A short script because
// the libraries at hand (rate-limiter-flexible, @fastify/rate-limit) offer fixed windows and token
// buckets keyed per consumer: a fixed window lets twice the budget through around its edges, which
// Huawei's gateway, a sliding window, throttles. Needs Redis 5 or later (scripts replicate their
// effects, so TIME may come before writes).
//
// Users take turns across replicas, not only within one: each replica reports how many users have
// calls waiting in it, and while other replicas' users wait too, a replica that already started its
// users' share of the window (limit x its users / all users, rounded up) lets the next free slot go
// to the others. Two users on one replica and one on another thus get a third each, not a quarter,
// a quarter and a half. The shares rounded up always add up to the limit or more, so some replica
// may always start.
//
// KEYS[1]: the API's starts (sorted set: one member per start, "<replica>:<n>", scored by time in ms)
// KEYS[2]: the replicas with users' calls waiting (sorted set: member = replica, score = until when)
// KEYS[3]: how many users wait in each replica (hash: replica -> "<users>:<until when>")
// ARGV: limit, window ms, priority, users waiting, replica, this start's member, marker slack ms,
//       background poll ms, users (clients) waiting, fair-share poll ms
const FLOW_STEP = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local users = tonumber(ARGV[4])
local replica = ARGV[5]
local slack = tonumber(ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local wait = 0
if count >= limit then
  local leaving = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  wait = tonumber(leaving[2]) + window - now
end
if ARGV[3] == 'background' then
  redis.call('ZREM', KEYS[2], replica)
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  if redis.call('ZCARD', KEYS[2]) > 0 then
    return {0, wait + tonumber(ARGV[8])}
  end
end
local clients = tonumber(ARGV[9])
if clients > 0 then
  redis.call('HSET', KEYS[3], replica, clients .. ':' .. (now + math.max(wait, 0) + slack))
  redis.call('PEXPIRE', KEYS[3], 10000)
else
  redis.call('HDEL', KEYS[3], replica)
end
if wait > 0 then
  if users > 0 then
    redis.call('ZADD', KEYS[2], now + wait + slack, replica)
    redis.call('PEXPIRE', KEYS[2], 10000)
  end
  return {0, wait}
end
if clients > 0 then
  local all = 0
  local entries = redis.call('HGETALL', KEYS[3])
  for i = 1, #entries, 2 do
    local count, untilAt = string.match(entries[i + 1], '^(%d+):(%d+)$')
    if count and tonumber(untilAt) >= now then
      all = all + tonumber(count)
    else
      redis.call('HDEL', KEYS[3], entries[i])
    end
  end
  if all > clients then
    local mine = 0
    local prefix = replica .. ':'
    for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
      if string.sub(member, 1, #prefix) == prefix then mine = mine + 1 end
    end
    if mine >= math.ceil(limit * clients / all) then
      return {0, tonumber(ARGV[10])}
    end
  end
end
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('PEXPIRE', KEYS[1], window)
if users > 1 then
  redis.call('ZADD', KEYS[2], now + slack, replica)
  redis.call('PEXPIRE', KEYS[2], 10000)
elseif users > 0 then
  redis.call('ZREM', KEYS[2], replica)
end
return {1, 0}
`;

// How long a replica's "users waiting" mark outlives its next expected ask: the pump's sleep may end
// late on a busy machine, and a lapsed mark would let one background start in ahead of a user.
const MARK_SLACK_MS = 500;
// A background start refused because users wait elsewhere asks again this soon after a slot frees.
const BACKGROUND_POLL_MS = 50;
// Between a start granted in Redis and its arrival at Huawei lie this replica's event loop, the
// signing and the network, and two processes' delays differ more than one's: measured on a loaded
// 2-core machine with other work running, 50 ms (one process's margin) let 1 to 3 calls in 30
// arrive inside Huawei's second.
const SHARED_MARGIN_MS = 100;
// A replica past its users' share asks again this soon, in case the others leave the slot unused.
const FAIR_SHARE_POLL_MS = 20;

type FlowStep = (...args: Array<string | number>) => Promise<unknown>;

function flowStep(client: Redis): FlowStep {
  const name = "newtagFlowStep";
  // defineCommand sends EVALSHA and, after a Redis restart emptied the script cache, EVAL.
  if (!(name in client)) client.defineCommand(name, { numberOfKeys: 3, lua: FLOW_STEP });
  const command = (client as unknown as Record<string, FlowStep>)[name];
  if (!command) throw new Error("the flow-control script is not defined");
  return command.bind(client);
}

function readStep(reply: unknown): GateAnswer {
  if (!Array.isArray(reply) || typeof reply[0] !== "number" || typeof reply[1] !== "number") {
    throw new Error(`unexpected answer from the flow-control script: ${JSON.stringify(reply)}`);
  }
  return reply[0] === 1 ? GO : { go: false, waitMs: Math.max(1, reply[1]) };
}

/**
 * Keeps all replicas together within `perSecond` starts per Huawei API in any sliding second while
 * Redis answers, users' calls on any replica ahead of background work on all of them; falls back at
 * once to this replica's share when Redis is away or a command fails, and shares again when it returns.
 */
export function createFlowSharing(options: FlowSharingOptions): FlowSharing {
  const now = options.now ?? Date.now;
  // One process alone keeps one process's margin; replicas, sharing or falling back, the wider one.
  const windowMs = 1000 + (options.marginMs ?? (options.redis ? SHARED_MARGIN_MS : DEFAULT_MARGIN_MS));
  const share = Math.max(1, Math.floor(options.perSecond / Math.max(1, options.replicas)));
  const retryMs = options.retryMs ?? 1000;
  // The replicas notice Redis's return up to 2 s apart (their connections retry every 0.2 to 2 s),
  // and the shared log lacks what each started alone in the window before its return.
  const returnGraceMs = options.returnGraceMs ?? windowMs + 2000;
  const prefix = options.keyPrefix ?? "newtag:flow";
  const redis = options.redis;
  const log = options.logger;
  const replica = randomUUID();
  let mode: FlowMode = !redis ? "local" : redis.available() ? "shared" : "fallback";
  let sharedSince = Number.NEGATIVE_INFINITY;
  // Until then, no call starts alone: the starts the replicas made through Redis just before it went
  // away are still in Huawei's window, and how they were split between replicas is unknown.
  let quietUntil = Number.NEGATIVE_INFINITY;
  let retryAt = 0;
  let probing = false;
  let sequence = 0;

  const budget = () => (mode === "shared" ? options.perSecond : share);
  const publish = () => {
    metrics.flowShared.set(mode === "shared" ? 1 : 0);
    metrics.flowBudget.set(budget());
  };
  const setMode = (next: FlowMode) => {
    if (next === mode) return;
    if (next === "shared") sharedSince = now();
    if (next === "fallback" && mode === "shared") quietUntil = now() + windowMs;
    mode = next;
    publish();
  };
  publish();

  const unsubscribe = redis?.onChange((available) => setMode(available ? "shared" : "fallback"));

  const failed = (error: unknown) => {
    if (mode !== "shared") return;
    retryAt = now() + retryMs;
    log?.warn(
      { redis: redis?.where, err: error instanceof Error ? error.message : String(error) },
      "Redis did not answer a flow-control step: this replica keeps to its own share of the Huawei budget for now",
    );
    setMode("fallback");
  };

  // A Redis that still looks connected but failed a command (timed out, refused) is asked again
  // now and then, beside the calls, which meanwhile go by the local share.
  const maybeProbe = () => {
    if (!redis || mode !== "fallback" || probing || !redis.available() || now() < retryAt) return;
    probing = true;
    redis.client.ping().then(
      () => {
        probing = false;
        if (redis.available()) setMode("shared");
      },
      () => {
        probing = false;
        retryAt = now() + retryMs;
      },
    );
  };

  const gates = new Map<string, StartGate>();
  const createGate = (api: string): StartGate => {
    // Every start of this API by this replica, however granted. After a switch to the local share
    // no call starts for one window (quietUntil): a replica that had started fewer than its share
    // through Redis could otherwise add its remainder to the others' starts still in the window.
    const window = createStartWindow(windowMs, now);
    const keys = [`${prefix}:{${api}}:starts`, `${prefix}:{${api}}:users`, `${prefix}:{${api}}:clients`];
    const alone = (): GateAnswer => {
      const waitMs = Math.max(window.waitMs(share), quietUntil - now());
      if (waitMs > 0) return { go: false, waitMs };
      window.record();
      return GO;
    };
    const shared = async (request: StartRequest): Promise<GateAnswer> => {
      try {
        const step = flowStep((redis as SharedRedis).client);
        const answer = readStep(
          await step(
            ...keys,
            options.perSecond,
            windowMs,
            request.priority,
            request.usersWaiting,
            replica,
            `${replica}:${(sequence += 1)}`,
            MARK_SLACK_MS,
            BACKGROUND_POLL_MS,
            request.usersClients ?? (request.usersWaiting > 0 ? 1 : 0),
            FAIR_SHARE_POLL_MS,
          ),
        );
        if (answer.go) window.record();
        return answer;
      } catch (error) {
        failed(error);
        return alone();
      }
    };
    return {
      tryStart(request) {
        if (mode === "shared") {
          // Just after Redis returns, the log lacks the starts the replicas made alone, and a
          // replica that has not noticed the return yet still starts alone: keep to the share as
          // well until every replica is back and those starts have left the window.
          if (now() < sharedSince + returnGraceMs) {
            const waitMs = window.waitMs(share);
            if (waitMs > 0) return { go: false, waitMs };
          }
          return shared(request);
        }
        maybeProbe();
        return alone();
      },
    };
  };

  return {
    mode: () => mode,
    budget,
    gate(api) {
      let gate = gates.get(api);
      if (!gate) {
        gate = createGate(api);
        gates.set(api, gate);
      }
      return gate;
    },
    close() {
      unsubscribe?.();
    },
  };
}
