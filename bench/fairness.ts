// Fairness of the proxy's queue: while a heavy user runs a 100,000-ID lookup the way the browser
// does (500 calls of 200 IDs, 4 in flight), a light user asks for one small lookup every 500 ms.
// Both go through the real proxy to the fake BSS at Huawei's 10 calls/s; the proxy tells them
// apart by address (it trusts this process as a reverse proxy). The figure is the light user's
// p99 answer time; the bar is 2 s (a single FIFO made it wait for the whole backlog).
// Run with `node --import tsx bench/fairness.ts` (BENCH_FAIRNESS_IDS=20000 for a shorter run).
import { performance } from "node:perf_hooks";
import { createDataset, foreignIds } from "#mocks/dataset";
import { chunk } from "#domain/batching";
import { BSS_PATHS, tagQueryResponseSchema } from "#contract/huawei-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { startProxyHarness } from "#server/testing/proxy-harness";
import { runBatches, type FetchBatch } from "../src/web/features/lookup/run-batches.ts";
import { ApiError } from "../src/web/lib/api-error.ts";
import { type Figure, round, writeReport } from "./lib/report.ts";

const RATE = 10;
const HEAVY_IDS = Number(process.env.BENCH_FAIRNESS_IDS ?? 100_000);
const LIGHT_PAUSE_MS = 500;
const dataset = createDataset();
const own = dataset.ownCustomers.map((c) => c.tag.customer_id);

// Production delays, timeout, deadline and per-client bound, not the tests' short ones.
const harness = await startProxyHarness({
  rateLimitPerSecond: RATE,
  fake: { rateLimitPerSecond: RATE },
  upstreamTimeoutMs: 10_000,
  maxQueuedCallsPerClient: 20,
  retry: { baseDelayMs: 300, throttleDelayMs: [2000, 5000] },
  trustProxy: "127.0.0.1",
});

async function lookup(address: string, ids: readonly string[], signal?: AbortSignal) {
  const response = await fetch(`${harness.url}/api${BSS_PATHS.newCustomerTags}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value, "X-Forwarded-For": address },
    body: JSON.stringify({ customer_ids: ids, limit: ids.length }),
    signal: signal ?? null,
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const { error_code = `HTTP_${response.status}`, error_msg = "" } = body as { error_code?: string; error_msg?: string };
    throw new ApiError({ status: response.status, code: error_code, message: error_msg });
  }
  return tagQueryResponseSchema.parse(body).new_customer_tags;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

try {
  const heavyIds = [...own, ...foreignIds(HEAVY_IDS - own.length, 43, dataset)];
  const fetchBatch: FetchBatch = (batch, signal) => lookup("10.0.0.1", batch, signal);
  let heavyDone = false;
  const started = performance.now();
  const heavy = runBatches({ batches: chunk(heavyIds), fetchBatch }).finally(() => {
    heavyDone = true;
  });

  const waits: number[] = [];
  let lightFailures = 0;
  // heavyDone is set by the heavy lookup's promise while this loop awaits.
  // oxlint-disable-next-line no-unmodified-loop-condition
  while (!heavyDone) {
    const sent = performance.now();
    try {
      await lookup("10.0.0.2", own.slice(0, 10));
      waits.push(performance.now() - sent);
    } catch {
      lightFailures += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, LIGHT_PAUSE_MS));
  }
  const outcomes = await heavy;
  const heavyMs = performance.now() - started;
  const heavyFailed = outcomes.filter((o) => o.status === "failed").length;
  if (heavyFailed > 0 || lightFailures > 0) {
    throw new Error(`failed calls: heavy ${heavyFailed}, light ${lightFailures}`);
  }
  const figures: Figure[] = [
    {
      id: "fairness-light-p99",
      label: `Light user's p99 wait while another looks up ${HEAVY_IDS.toLocaleString("en")} IDs`,
      value: round(percentile(waits, 99)),
      unit: "ms",
      budget: { max: 2000 },
      note: `${waits.length} light calls, median ${round(percentile(waits, 50))} ms, max ${round(Math.max(...waits))} ms; heavy lookup took ${round(heavyMs / 1000, 1)} s`,
    },
  ];
  await writeReport("fairness", figures);
} finally {
  await harness.close();
}
