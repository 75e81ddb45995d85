// Latency the proxy adds: the same 200-ID tag query sent over a pool of 100 keep-alive
// connections for 10 s, once straight to the fake BSS (pre-signed) and once through the proxy
// (which validates, signs and forwards it), side by side in one run, flow control off on both.
// Requests arrive evenly spaced at a fixed rate (open loop, 20 times Huawei's 10 calls/s), so the
// figures compare service time rather than how a saturated two-core machine queues bursts.
// (autocannon's rate limiting fires each connection's quota at the top of every second, 100
// requests at once, which measures burst queueing instead; it still warms both paths.)
import { mkdtempSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { DEMO_CREDENTIALS, createDataset } from "#mocks/dataset";
import { signRequest } from "#server/huawei/signer";
import { BSS_PATHS } from "#contract/huawei-api";
import { CSRF_HEADER } from "#contract/proxy-constants";
import { startProcess } from "./lib/processes.ts";
import { round, writeReport } from "./lib/report.ts";

const FAKE_PORT = 9392;
const logFile = join(mkdtempSync(join(tmpdir(), "proxy-bench-")), "proxy.log");
const PROXY_PORT = 8392;
const RATE = Number(process.env.BENCH_RATE ?? 200);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const ids = createDataset().ownCustomers.slice(0, 200).map((c) => c.tag.customer_id);
const body = JSON.stringify({ customer_ids: ids, limit: 200 });

const fake = await startProcess(
  "src/mocks/http-main.ts",
  [],
  { FAKE_BSS_PORT: String(FAKE_PORT), FAKE_BSS_RATE_LIMIT: "1000000" },
  "Fake Huawei BSS on",
);
const proxy = await startProcess(
  "src/main/live.ts",
  ["--no-web"],
  {
    PORT: String(PROXY_PORT),
    BSS_ENDPOINT: `http://127.0.0.1:${FAKE_PORT}`,
    HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
    HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
    BSS_RATE_LIMIT_PER_SECOND: "1000",
    CLIENT_RATE_LIMIT_PER_MINUTE: "1000000",
    // As deployed: one log line per request (to a file here, as a deployment's log collector would).
    LOG_LEVEL: "info",
    LOG_FILE: logFile,
    // The request path alone: recording lookups in the embedded store runs on the proxy's own
    // thread and is measured apart (README, Benchmarks).
    STORE: process.env.BENCH_STORE ?? "off",
    DATA_DIR: mkdtempSync(join(tmpdir(), "proxy-bench-store-")),
    SYNC_SCHEDULE: "off",
  },
  "dashboard on",
);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** Sends `RATE` requests per second, evenly spaced, for `DURATION` seconds; returns latencies in ms. */
async function load(url: string, headers: Record<string, string>, seconds = DURATION): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 100 });
  const latencies: number[] = [];
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request(url, { method: "POST", agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else failures += 1;
          resolve();
        });
      });
      req.on("error", () => {
        failures += 1;
        resolve();
      });
      req.end(body);
    });
  const total = RATE * seconds;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one());
  }
  await Promise.all(pending);
  agent.destroy();
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests`);
  return latencies;
}

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50), 2), p99: round(percentile(sorted, 99), 2), count: sorted.length };
}

try {
  const directUrl = `http://127.0.0.1:${FAKE_PORT}${BSS_PATHS.newCustomerTags}`;
  // Signed once: the gateway accepts a signature for 15 minutes, longer than the run.
  const signed = signRequest({
    method: "POST",
    url: directUrl,
    headers: { "Content-Type": "application/json" },
    body,
    credentials: DEMO_CREDENTIALS,
  });
  const proxyHeaders = { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value };
  const directHeaders = { "Content-Type": "application/json", ...signed };
  const proxyUrl = `http://127.0.0.1:${PROXY_PORT}/api${BSS_PATHS.newCustomerTags}`;
  // Warm both paths (JIT) before measuring, then run one unmeasured round on each, so that the
  // connections a round opens (the client's pool, and the proxy's own pool to Huawei) are open
  // before the first measured request rather than inside it.
  await autocannon({ url: directUrl, method: "POST", headers: directHeaders, body, duration: 2, connections: 10 });
  await autocannon({ url: proxyUrl, method: "POST", headers: proxyHeaders, body, duration: 2, connections: 10 });
  await load(directUrl, directHeaders, 2);
  await load(proxyUrl, proxyHeaders, 2);

  // Rounds alternate between the two paths, so a noisy moment on the shared machine does not fall
  // on one side only; each side's percentiles are taken over all its rounds.
  const directSamples: number[] = [];
  const proxySamples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const direct = await load(directUrl, directHeaders);
    const viaProxy = await load(proxyUrl, proxyHeaders);
    if (process.env.BENCH_VERBOSE) {
      process.stdout.write(`round ${r + 1}: direct ${JSON.stringify(summary(direct))} proxy ${JSON.stringify(summary(viaProxy))}\n`);
    }
    directSamples.push(...direct);
    proxySamples.push(...viaProxy);
  }
  const direct = summary(directSamples);
  const viaProxy = summary(proxySamples);
  const note = `pool of 100 connections, ${RATE} req/s evenly spaced, ${ROUNDS} alternating rounds of ${DURATION} s, 200-ID queries, ${direct.count} + ${viaProxy.count} requests`;
  await writeReport("proxy-overhead", [
    { id: "direct-p99", label: "Fake BSS direct, p99 latency", value: direct.p99, unit: "ms", note },
    { id: "proxy-p99", label: "Through the proxy, p99 latency", value: viaProxy.p99, unit: "ms", note },
    {
      id: "proxy-overhead-p99",
      label: "Proxy overhead at p99",
      value: round(viaProxy.p99 - direct.p99, 2),
      unit: "ms",
      budget: { max: 2 },
      note: `p50 ${direct.p50} -> ${viaProxy.p50} ms`,
    },
  ]);
} finally {
  proxy.stop();
  fake.stop();
}
