// Latency the proxy adds: the same tag query sent by 100 concurrent connections for 10 s, once
// straight to the fake BSS (pre-signed) and once through the proxy (which validates, signs and
// forwards it), side by side in one run. Flow control is off for this run on both, and both are
// offered the same fixed rate so the figures compare service time, not saturation.
import autocannon from "autocannon";
import { DEMO_CREDENTIALS, createDataset } from "#mocks/dataset";
import { signRequest } from "#server/huawei/signer";
import { BSS_PATHS } from "#shared/huawei-api";
import { startProcess } from "./lib/processes.ts";
import { round, writeReport } from "./lib/report.ts";

const FAKE_PORT = 9392;
const PROXY_PORT = 8392;
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

const ids = createDataset().ownCustomers.slice(0, 200).map((c) => c.tag.customer_id);
const body = JSON.stringify({ customer_ids: ids, limit: 200 });

const fake = await startProcess(
  "src/mocks/http-main.ts",
  [],
  { FAKE_BSS_PORT: String(FAKE_PORT), FAKE_BSS_RATE_LIMIT: "1000000" },
  "Fake Huawei BSS on",
);
const proxy = await startProcess(
  "src/server/main.ts",
  ["--no-web"],
  {
    PORT: String(PROXY_PORT),
    BSS_ENDPOINT: `http://127.0.0.1:${FAKE_PORT}`,
    HUAWEICLOUD_SDK_AK: DEMO_CREDENTIALS.ak,
    HUAWEICLOUD_SDK_SK: DEMO_CREDENTIALS.sk,
    BSS_RATE_LIMIT_PER_SECOND: "1000",
    CLIENT_RATE_LIMIT_PER_MINUTE: "1000000",
  },
  "dashboard on",
);

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({
    url,
    method: "POST",
    headers,
    body,
    connections: 100,
    overallRate: RATE,
    duration: DURATION,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return result;
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
  const proxyHeaders = { "Content-Type": "application/json", "X-Requested-With": "newtag-dashboard" };
  // Warm both paths (JIT, keep-alive pools) before measuring.
  await autocannon({ url: directUrl, method: "POST", headers: { "Content-Type": "application/json", ...signed }, body, duration: 2, connections: 10 });
  await autocannon({ url: `http://127.0.0.1:${PROXY_PORT}/api${BSS_PATHS.newCustomerTags}`, method: "POST", headers: proxyHeaders, body, duration: 2, connections: 10 });

  const direct = await load(directUrl, { "Content-Type": "application/json", ...signed });
  const viaProxy = await load(`http://127.0.0.1:${PROXY_PORT}/api${BSS_PATHS.newCustomerTags}`, proxyHeaders);
  const note = `100 connections, ${RATE} req/s offered for ${DURATION} s, 200-ID queries`;
  await writeReport("proxy-overhead", [
    { id: "direct-p99", label: "Fake BSS direct, p99 latency", value: direct.latency.p99, unit: "ms", note },
    { id: "proxy-p99", label: "Through the proxy, p99 latency", value: viaProxy.latency.p99, unit: "ms", note },
    {
      id: "proxy-overhead-p99",
      label: "Proxy overhead at p99",
      value: round(viaProxy.latency.p99 - direct.latency.p99, 2),
      unit: "ms",
      budget: { max: 2 },
      note: `p50 ${direct.latency.p50} -> ${viaProxy.latency.p50} ms; throughput ${Math.round(direct.requests.average)} vs ${Math.round(viaProxy.requests.average)} req/s`,
    },
  ]);
} finally {
  proxy.stop();
  fake.stop();
}
