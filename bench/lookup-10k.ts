// A 10,000-ID lookup the way the browser runs it (batches of 200, 4 in flight) against the real
// proxy and the fake BSS, both enforcing Huawei's 10 calls/s. 50 calls at 10/s set a floor of
// 5 s (Huawei's documented arithmetic: ceil(N/200)/10); the figure is how close we get. The run
// must lose no ID and show the user no throttling error (a 429 the fake answers when the two
// clocks disagree is retried by the proxy, and counted here apart).
// Run with `node --import tsx bench/lookup-10k.ts`.
import { performance } from "node:perf_hooks";
import { createDataset, foreignIds } from "#mocks/dataset";
import { chunk } from "#shared/batching";
import { BSS_PATHS, tagQueryResponseSchema } from "#shared/huawei-api";
import { computeBuckets } from "#shared/lookup-buckets";
import { startProxyHarness } from "#server/testing/proxy-harness";
import { runBatches, type FetchBatch } from "../src/web/features/lookup/run-batches.ts";
import { ApiError } from "../src/web/lib/api-error.ts";
import { type Figure, round, writeReport } from "./lib/report.ts";

const RATE = 10;
const dataset = createDataset();
// All the partner's own customers (about 5,000) are found; the rest are unknown IDs Huawei drops.
const own = dataset.ownCustomers.map((c) => c.tag.customer_id);
const ids = [...own, ...foreignIds(10_000 - own.length, 41, dataset)];
const expectedFound = own.length;

const harness = await startProxyHarness({
  rateLimitPerSecond: RATE,
  fake: { rateLimitPerSecond: RATE },
});
const fetchBatch: FetchBatch = async (batch, signal) => {
  const response = await fetch(`${harness.url}/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Requested-With": "newtag-dashboard" },
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

try {
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
  const figures: Figure[] = [
    {
      id: "lookup-10k-wall",
      label: `Look up 10,000 IDs (${batches.length} calls at ${RATE}/s)`,
      value: round(wallMs / 1000, 2),
      unit: "s",
      budget: { max: floorMs / 1000 + 3 },
      note: `flow-control floor ${round(floorMs / 1000, 1)} s; found ${buckets.found.length}, not returned ${buckets.notReturned.length}, failed 0`,
    },
    {
      id: "lookup-10k-over-floor",
      label: "Time above the flow-control floor",
      value: round((wallMs - floorMs) / 1000, 2),
      unit: "s",
    },
    {
      id: "lookup-10k-throttle-errors",
      label: "IDs failed with a throttling error",
      value: throttledErrors,
      unit: "IDs",
      budget: { max: 0 },
    },
    {
      id: "lookup-10k-upstream-429",
      label: "Upstream 429s retried by the proxy",
      value: stats.throttled,
      unit: "calls",
      note: "the fake's and the proxy's rate windows are not in phase; none reached the client",
    },
  ];
  await writeReport("lookup-10k", figures);
} finally {
  await harness.close();
}
