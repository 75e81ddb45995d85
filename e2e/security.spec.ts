import { expect, test } from "./support/test.ts";
import { CSRF_HEADER } from "../src/contract/proxy-constants.ts";
import { DEMO_CREDENTIALS } from "../src/testing/dataset.ts";
import { E2E_PORT } from "./playwright.config.ts";
import { fakeStats, setFaults } from "./support/fake-bss.ts";
import { dataset } from "./support/lookup-fixtures.ts";

test.use({ locale: "en-US" });

const HTML = '<img src=x onerror="window.pwnedByHtml=1"><b>bold</b>';

test("an ID and a Huawei error_msg carrying HTML are shown as text", async ({ page }) => {
  const id = dataset.ownCustomers[0]!.tag.customer_id;
  await setFaults([
    {
      api: "newCustomerTags",
      times: "always",
      when: { customerId: id },
      fault: { kind: "status", status: 400, error_code: "CBC.0100", error_msg: HTML },
    },
  ]);
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(`${id}\n<b>bold-id</b>`);
  await page.getByRole("button", { name: "Query", exact: true }).click();

  const failed = page.getByRole("region", { name: "Failed" });
  await expect(failed).toContainText(HTML);
  await page.getByRole("button", { name: /Show invalid entries/ }).click();
  await expect(page.getByText("<b>bold-id</b>", { exact: false }).first()).toBeVisible();
  await expect(page.locator("b", { hasText: /bold/ })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwnedByHtml?: number }).pwnedByHtml)).toBeUndefined();
});

test("a page on another origin cannot make the browser call the proxy", async ({ page }) => {
  // localhost and 127.0.0.1 are different origins for the browser. A page of the proxy that runs
  // no dashboard code (the health answer, with the same security headers) is the attacker's
  // stand-in, so nothing else calls Huawei while the counter is read.
  await page.goto(`http://localhost:${E2E_PORT}/api/health`);
  const before = (await fakeStats()).calls.newCustomerTags ?? 0;
  const outcome = await page.evaluate(async (port) => {
    const url = `http://127.0.0.1:${port}/api/v2/partners/sub-customers/new-customers-tags/batch-query`;
    const results: string[] = [];
    try {
      // With the dashboard's header the browser must ask first (CORS preflight), and is refused.
      await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", [CSRF_HEADER.name]: CSRF_HEADER.value },
        body: "{}",
      });
      results.push("preflighted request went through");
    } catch {
      results.push("blocked");
    }
    try {
      // A "simple" cross-site POST needs no preflight; the CSP (connect-src 'self') stops it here,
      // and the proxy would refuse it anyway (no header, foreign Origin: see the next test).
      await fetch(url, { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: "{}" });
      results.push("simple request went through");
    } catch {
      results.push("blocked");
    }
    return results;
  }, E2E_PORT);
  expect(outcome).toEqual(["blocked", "blocked"]);
  expect((await fakeStats()).calls.newCustomerTags ?? 0).toBe(before);
});

test("the proxy itself refuses a POST from another origin or without the dashboard header", async ({ request }) => {
  const url = "/api/v2/partners/sub-customers/new-customers-tags/batch-query";
  const foreign = await request.post(url, {
    headers: { Origin: "https://evil.example", [CSRF_HEADER.name]: CSRF_HEADER.value },
    data: {},
  });
  expect(foreign.status()).toBe(403);
  const bare = await request.post(url, { data: {} });
  expect(bare.status()).toBe(403);
  expect((await bare.json()).error_code).toBe("PROXY.0403");
});

test("nothing secret is kept in browser storage", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(dataset.ownCustomers[1]!.tag.customer_id);
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(page.getByRole("status", { name: "Summary" })).toContainText("1 found");
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(stored).not.toContain(DEMO_CREDENTIALS.sk);
  expect(stored).not.toContain(DEMO_CREDENTIALS.ak);
  expect(stored).not.toMatch(/token|signature|authorization/i);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});
