import { expect, test, type Page } from "./support/test.ts";
import { fakeStats, resetFake, setFaults } from "./support/fake-bss.ts";
import { dataset, equation } from "./support/lookup-fixtures.ts";

// Each fault hits the second of three batches, on every attempt the proxy makes. The user must
// see the first and third batches' tags, the failure explained, and then get everything with
// Retry failed: nothing already found is lost.
const ids = dataset.ownCustomers.slice(0, 600).map((c) => c.tag.customer_id);
const secondBatch = { api: "newCustomerTags", times: "always", when: { customerId: ids[250] } };

test.use({ locale: "en-US" });

const summary = (page: Page) => page.getByRole("status", { name: "Summary" });
const all = { found: 600, notReturned: 0, invalid: 0, failed: 0, total: 600 };
const partial = { found: 400, notReturned: 0, invalid: 0, failed: 200, total: 600 };

async function run(page: Page) {
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(ids.join("\n"));
  // As a person does: the counts show what will be queried before Query is pressed.
  await expect(page.getByRole("status", { name: "What will be queried" })).toContainText("600 valid");
  await page.getByRole("button", { name: "Query", exact: true }).click();
}

async function expectRecovery(page: Page) {
  await resetFake();
  await page.getByRole("button", { name: "Retry failed (200)" }).click();
  await expect(summary(page)).toHaveText(equation(all), { timeout: 30_000 });
}

const lasting = [
  {
    name: "a hanging Huawei (timeouts)",
    fault: { kind: "hang" },
    code: "PROXY.0504",
    explains: "Huawei did not answer in time",
  },
  { name: "HTTP 500", fault: { kind: "status", status: 500 }, code: "CBC.0999", explains: "unknown internal error" },
  { name: "HTTP 502", fault: { kind: "status", status: 502 }, code: "CBC.0999", explains: "unknown internal error" },
  {
    name: "HTTP 503",
    fault: { kind: "status", status: 503, error_code: "CBC.0999", error_msg: "service unavailable" },
    code: "CBC.0999",
    explains: "unknown internal error",
  },
  {
    name: "connection resets",
    fault: { kind: "reset" },
    code: "PROXY.0512",
    explains: "could not reach Huawei",
  },
  {
    name: "malformed JSON",
    fault: { kind: "malformed" },
    code: "PROXY.0502",
    explains: "could not be read",
  },
  {
    name: "a wrong signature",
    fault: { kind: "status", status: 401, error_code: "APIGW.0301", error_msg: "verify aksk signature fail" },
    code: "APIGW.0301",
    explains: "signature",
  },
  {
    name: "an expired token",
    fault: { kind: "status", status: 401, error_code: "APIGW.0307", error_msg: "The token must be updated." },
    code: "APIGW.0307",
    explains: "token is invalid or has expired",
  },
] as const;

for (const c of lasting) {
  test(`${c.name}: the user sees ${c.code} explained, keeps the other batches, and Retry failed recovers`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await setFaults([{ ...secondBatch, fault: c.fault }]);
    await run(page);
    await expect(summary(page)).toHaveText(equation(partial), { timeout: 60_000 });
    const failed = page.getByRole("region", { name: "Failed" });
    await expect(failed).toContainText(`${c.code} · 200 IDs`);
    await expect(failed).toContainText(new RegExp(c.explains, "i"));
    // The found rows stay in the results while the failure is shown.
    await expect(page.getByText(/400 of 400 customers|· 400 of 400/).first()).toBeVisible();
    await expectRecovery(page);
  });
}

test("slow answers: the run waits and everything arrives", async ({ page }) => {
  await setFaults([{ ...secondBatch, fault: { kind: "delay", ms: 1200 } }]);
  await run(page);
  await expect(summary(page)).toHaveText(equation(all), { timeout: 30_000 });
});

test("a throttling burst is absorbed: no throttling error reaches the user", async ({ page }) => {
  const burst = [1, 2, 3, 4].map((n) => ({
    api: "newCustomerTags",
    times: 1,
    when: { nthCall: n },
    fault: { kind: "status", status: 429, error_code: "APIG.0308", error_msg: "throttled", retryAfterSeconds: 1 },
  }));
  await setFaults(burst);
  await run(page);
  await expect(summary(page)).toHaveText(equation(all), { timeout: 60_000 });
  await expect(page.getByText("APIG.0308")).toHaveCount(0);
  expect((await fakeStats()).calls.newCustomerTags).toBeGreaterThanOrEqual(7);
});
