import { expect, test } from "./support/test.ts";
import { createDataset } from "../src/testing/dataset.ts";

const dataset = createDataset();
// One customer of each common kind, so the badges of several tags show.
const sample = ["active", "expired", "none"].map(
  (kind) => dataset.ownCustomers.find((c) => c.kind === kind) ?? dataset.ownCustomers[0]!,
);

// The suite drives the proxy as deployed (live.ts) against the fake BSS; `npm start`'s demo mode
// is checked by src/main/process.test.ts.
test("health says live mode", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok", mode: "live", store: "ok" });
});

const cases = [
  { locale: "zh-CN", input: /客户 ID/, query: "查询", demo: "演示数据", header: "新客标签", badges: { Y: "新客", N: "非新客" } },
  { locale: "en-US", input: /Customer IDs/, query: "Query", demo: "Demo data", header: "New-customer tag", badges: { Y: "New customer", N: "Not new" } },
] as const;

for (const c of cases) {
  test.describe(`in ${c.locale}`, () => {
    test.use({ locale: c.locale });

    test("pasting three demo IDs shows their tags through the proxy", async ({ page }) => {
      // The banner a demo-mode proxy gets; the tags still come through the proxy.
      await page.route("**/api/health", (route) => route.fulfill({ json: { status: "ok", mode: "demo", store: "ok" } }));
      await page.goto("/");
      await expect(page.getByText(c.demo).first()).toBeVisible();
      await page.getByRole("textbox", { name: c.input }).fill(sample.map((s) => s.tag.customer_id).join("\n"));
      await page.getByRole("button", { name: c.query, exact: true }).click();

      const table = page.getByRole("table");
      await expect(table.getByRole("columnheader", { name: c.header })).toBeVisible();
      for (const customer of sample) {
        const row = table.getByRole("row").filter({ hasText: customer.tag.customer_id });
        await expect(row).toHaveCount(1);
        if (customer.tag.effective_time) await expect(row).toContainText(customer.tag.effective_time);
        if (customer.tag.expire_time) await expect(row).toContainText(customer.tag.expire_time);
      }
      const active = table.getByRole("row").filter({ hasText: sample[0]!.tag.customer_id });
      await expect(active).toContainText(c.badges.Y);
      const expired = table.getByRole("row").filter({ hasText: sample[1]!.tag.customer_id });
      await expect(expired).toContainText(c.badges.N);
    });
  });
}
