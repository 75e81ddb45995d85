// Two replicas of the proxy behind one load balancer, sharing Redis, against the fake BSS at
// Huawei's 10 calls/s. Users run bulk lookups at the same time (as the dashboard does: batches of
// 200, 4 in flight), each through the replica the load balancer gave them; the users are told
// apart by the SSO header the reverse proxy would set. Reported: the aggregate upstream rate while
// all users are busy, the busiest second, throttled calls, and each user's share of the calls
// (Jain's fairness index: 1 when the shares are equal, 1/n when one user takes everything).
// Run with `node --import tsx bench/replicas.ts` (BENCH_REPLICAS_BATCHES=30 for a shorter run).
import { type Figure, round, writeReport } from "./lib/report.ts";
import { busiestWindow, bulkLookUp, type Replica, startReplica, twoReplicasEnv } from "#server/testing/replica-process";
import { freePort, startRedis } from "#server/testing/test-redis";
import { startFakeBss } from "#testing/fake-bss";

const RATE = 10;
const BATCHES = Number(process.env.BENCH_REPLICAS_BATCHES ?? 40);

interface LoggedCall {
  at: number;
  api: string;
  throttled: boolean;
  firstId?: string;
}

const redis = await startRedis();
const fake = await startFakeBss({ rateLimitPerSecond: RATE, customers: 60_000 });
const replicas: Replica[] = [];

const jain = (values: readonly number[]) => {
  const sum = values.reduce((a, b) => a + b, 0);
  const squares = values.reduce((a, b) => a + b * b, 0);
  return squares === 0 ? 1 : (sum * sum) / (values.length * squares);
};

try {
  for (const name of ["a", "b"]) {
    const replica = startReplica(name, {
      ...twoReplicasEnv(fake.url, redis.url, RATE),
      PORT: String(await freePort()),
      STORE: "off",
      AUTH_PROXY_HEADER: "X-Forwarded-User",
      AUTH_TRUSTED_PROXIES: "127.0.0.1",
    });
    replicas.push(replica);
    await replica.ready;
  }
  const [a, b] = replicas as [Replica, Replica];
  const own = fake.state.bss.dataset.customers.filter((c) => c.resellerId === undefined).map((c) => c.tag.customer_id);
  let next = 0;
  const batchesFor = () =>
    Array.from({ length: BATCHES }, () => {
      const batch = own.slice(next, next + 200);
      next += 200;
      return batch;
    });

  /** Users on replicas, all at once; answers the calls of the time when every user was busy. */
  const scenario = async (users: { name: string; replica: Replica }[]) => {
    next = 0;
    const plans = users.map((user) => ({ ...user, batches: batchesFor() }));
    const owner = new Map(plans.flatMap((plan) => plan.batches.map((batch) => [batch[0] ?? "", plan.name] as const)));
    const from = Date.now();
    let firstDone = Number.POSITIVE_INFINITY;
    const answers = await Promise.all(
      plans.map((plan) =>
        bulkLookUp(plan.replica, plan.batches, 4, undefined, plan.name).finally(() => {
          firstDone = Math.min(firstDone, Date.now());
        }),
      ),
    );
    const failed = answers.flat().filter((answer) => answer.status !== 200).length;
    if (failed > 0) throw new Error(`${failed} batches failed`);
    const { calls } = (await (await fetch(`${fake.url}/__fake/calls`)).json()) as { calls: LoggedCall[] };
    const ours = calls.filter((call) => call.api === "newCustomerTags" && call.at >= from);
    const busy = ours.filter((call) => call.at <= firstDone);
    // Calls per whole second from the first call on while every user was busy (the first second
    // may hold a burst the sliding window allows once; the seconds after it show the sustained rate).
    const firstAt = busy[0]?.at ?? from;
    const wholeSeconds = Math.floor((firstDone - firstAt) / 1000);
    const perSecond = Array.from({ length: wholeSeconds }, (_, second) => busy.filter((call) => Math.floor((call.at - firstAt) / 1000) === second).length);
    const shares = plans.map((plan) => busy.filter((call) => owner.get(call.firstId ?? "") === plan.name).length / busy.length);
    return {
      rate: perSecond.slice(1).reduce((sum, count) => sum + count, 0) / Math.max(1, perSecond.length - 1),
      busiest: busiestWindow(ours.map((call) => call.at)),
      throttled: ours.filter((call) => call.throttled).length,
      shares,
      fairness: jain(shares),
      note: plans.map((plan, index) => `${plan.name}@${plan.replica.name} ${round((shares[index] ?? 0) * 100, 1)} %`).join(", "),
    };
  };

  const even = await scenario([
    { name: "ann", replica: a },
    { name: "bob", replica: b },
  ]);
  const uneven = await scenario([
    { name: "ann", replica: a },
    { name: "cy", replica: a },
    { name: "bob", replica: b },
  ]);
  const figures: Figure[] = [
    {
      id: "replicas-rate",
      label: "Two replicas: aggregate upstream rate while every user is busy",
      value: round(Math.min(even.rate, uneven.rate), 2),
      unit: "calls/s",
      budget: { min: 9 },
      note: `mean calls per whole second after the first, while every user was busy: one user per replica ${round(even.rate, 2)}, two users on one replica and one on the other ${round(uneven.rate, 2)}; the budget is ${RATE} in any 1.1 s (the replicas' 100 ms safety margin)`,
    },
    {
      id: "replicas-busiest-second",
      label: "Two replicas: most calls Huawei saw in any sliding second",
      value: Math.max(even.busiest, uneven.busiest),
      unit: "calls",
      budget: { max: RATE },
    },
    {
      id: "replicas-throttled",
      label: "Two replicas: calls Huawei throttled",
      value: even.throttled + uneven.throttled,
      unit: "calls",
      budget: { max: 0 },
    },
    {
      id: "replicas-fairness-even",
      label: "Two replicas, one user each: fairness (Jain's index of the users' shares)",
      value: round(even.fairness, 3),
      unit: "",
      budget: { min: 0.95 },
      note: even.note,
    },
    {
      id: "replicas-fairness-uneven",
      label: "Two replicas, two users on one and one on the other: fairness (Jain's index)",
      value: round(uneven.fairness, 3),
      unit: "",
      budget: { min: 0.95 },
      note: uneven.note,
    },
  ];
  await writeReport("replicas", figures);
} finally {
  await Promise.all(replicas.map((replica) => replica.kill()));
  await fake.close();
  await redis.stop();
}
