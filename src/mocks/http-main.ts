// Runs the fake Huawei BSS on its own, with its `/__fake/*` control routes (faults, counters,
// reset): for the end-to-end tests and manual use, `npm run fake-bss`.
import { DEMO_CREDENTIALS, DEMO_IAM_USER } from "./dataset.ts";
import { startFakeBss } from "./http-server.ts";

const port = Number(process.env.FAKE_BSS_PORT ?? 9100);
// FAKE_BSS_RATE_LIMIT raises Huawei's 10 calls/s, e.g. to measure the proxy's own overhead.
const rateLimitPerSecond = Number(process.env.FAKE_BSS_RATE_LIMIT ?? 10);
// FAKE_BSS_CUSTOMERS sets the data set's size (about 13,000 by default), e.g. 100000 for benchmarks.
const customers = process.env.FAKE_BSS_CUSTOMERS ? Number(process.env.FAKE_BSS_CUSTOMERS) : undefined;
const fake = await startFakeBss({ port, rateLimitPerSecond, controlRoutes: true, ...(customers ? { customers } : {}) });
process.stdout.write(
  `Fake Huawei BSS on ${fake.url} (AK ${DEMO_CREDENTIALS.ak}, IAM user ${DEMO_IAM_USER.domain}/${DEMO_IAM_USER.user}, data month ${fake.state.bss.dataset.month})\n`,
);
const stop = () => void fake.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
