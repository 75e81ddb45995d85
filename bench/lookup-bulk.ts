// Bulk lookups of 10,000 and 100,000 IDs the way the browser runs them (batches of 200, 4 in
// flight) against the real proxy and the fake BSS, both enforcing Huawei's 10 calls/s. N IDs set
// a floor of ceil(N/200)/10 s (5 s and 50 s); the budget is 10 % above it. Each run must lose no
// ID and show the user no throttling error (a 429 the fake answers when the two clocks disagree
// is retried by the proxy, and counted here apart).
// Run with `node --import tsx bench/lookup-bulk.ts` (BENCH_LOOKUP_SIZES=10000 for the short one).
import { performance } from "node:perf_hooks";
import { createDataset, foreignIds } from "#mocks/dataset";
import { chunk } from "#domain/batching";
import { BSS_PATHS, tagQueryResponseSchema } from "#contract/huawei-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { computeBuckets } from "#domain/lookup-buckets";
import { startProxyHarness } from "#server/testing/proxy-harness";
import { runBatches, type FetchBatch } from "../src/web/features/lookup/run-batches.ts";
import { ApiError } from "../src/web/lib/api-error.ts";
import { type Figure, round, writeReport } from "./lib/report.ts";

const RATE = 10;
const SIZES = (process.env.BENCH_LOOKUP_SIZES ?? "10000,100000").split(",").map(Number);
const dataset = createDataset();
// All the partner's own customers (about 5,000) are found; the rest are unknown IDs Huawei drops.
const own = dataset.ownCustomers.map((c) => c.tag.customer_id);
const expectedFound = own.length;

// The proxy runs with its production retry delays and timeout, not the tests' short ones.
const harness = await startProxyHarness({
  rateLimitPerSecond: RATE,
  fake: { rateLimitPerSecond: RATE },
  upstreamTimeoutMs: 10_000,
  retry: { baseDelayMs: 300, throttleDelayMs: [2000, 5000] },
});
const fetchBatch: FetchBatch = async (batch, signal) => {
  const response = await fetch(`${harness.url}/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value },
    body: JSON.stringify({ customer_ids: batch, limit: batch.length }),
    signal,
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const { error_code = `HTTP_${response.status}`, error_msg = "" } = body as {
      error_code?: string;
      error_msg?: string;
    };
    throw new ApiError({ status: response.status, code: error_code, message: error_msg });
  }
  return tagQueryResponseSchema.parse(body).new_customer_tags;
};

async function measure(size: number): Promise<Figure[]> {
  const ids = [...own, ...foreignIds(size - own.length, 41, dataset)];
  await fetch(`${harness.fake.url}/__fake/reset`, { method: "POST" });
  // Let the previous run's window drain so each run starts from an idle gateway.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const batches = chunk(ids);
  const start = performance.now();
  const outcomes = await runBatches({ batches, fetchBatch });
  const wallMs = performance.now() - start;
  const buckets = computeBuckets(ids, [], outcomes);
  const stats = (await (await fetch(`${harness.fake.url}/__fake/stats`)).json()) as {
    throttled: number;
  };
  const placed =
    buckets.found.length +
    buckets.notReturned.length +
    buckets.failed.length +
    buckets.pending.length;
  if (placed !== ids.length) throw new Error(`lost IDs: ${ids.length - placed}`);
  if (buckets.found.length !== expectedFound || buckets.failed.length > 0) {
    throw new Error(
      `found ${buckets.found.length} of ${expectedFound}, failed ${buckets.failed.length}`,
    );
  }
  const floorMs = (batches.length / RATE) * 1000;
  const throttledErrors = buckets.failed.filter((failure) => failure.error.status === 429).length;
  const k = `${size / 1000}k`;
  return [
    {
      id: `lookup-${k}-wall`,
      label: `Look up ${size.toLocaleString("en")} IDs (${batches.length} calls at ${RATE}/s)`,
      value: round(wallMs / 1000, 2),
      unit: "s",
      budget: { max: round((floorMs / 1000) * 1.1, 2) },
      note: `floor ${round(floorMs / 1000, 1)} s; found ${buckets.found.length}, not returned ${buckets.notReturned.length}, failed 0, lost 0`,
    },
    {
      id: `lookup-${k}-throttle-errors`,
      label: `${k} lookup: IDs failed with a throttling error`,
      value: throttledErrors,
      unit: "IDs",
      budget: { max: 0 },
      note: `${stats.throttled} upstream 429s were retried by the proxy before the client saw them`,
    },
  ];
}

try {
  const figures: Figure[] = [];
  for (const size of SIZES) figures.push(...(await measure(size)));
  await writeReport("lookup-bulk", figures);
} finally {
  await harness.close();
}
