import { AxeBuilder } from "@axe-core/playwright";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { expect, test, type Page } from "./support/test.ts";
import { createDataset, foreignIds } from "../src/testing/dataset.ts";

// The screens of the README, in both languages and both colour schemes, at a laptop's and a
// phone's size: each is checked by axe (WCAG 2.1 AA), and the finished lookup on the laptop must
// show at least 12 result rows without scrolling. `UPDATE_SCREENSHOTS=1` saves them for the README.
const dataset = createDataset();
const ids = [
  ...dataset.ownCustomers.slice(0, 120).map((customer) => customer.tag.customer_id),
  ...foreignIds(6, 3, dataset),
  "客户-001",
];
const out = process.env.UPDATE_SCREENSHOTS
  ? fileURLToPath(new URL("./screenshots/", import.meta.url))
  : fileURLToPath(new URL("../test-results/screens/", import.meta.url));

const LOOKS = [
  { name: "zh-light", locale: "zh-CN", scheme: "light", box: /客户 ID/, query: "查询", names: /^已加载全部 .* 个客户的名称/, all: /^已加载全部/ },
  { name: "en-dark", locale: "en-US", scheme: "dark", box: /Customer IDs/, query: "Query", names: /^Names of all [\d,]+ customers loaded/, all: /^All [\d,]+ customers loaded/ },
] as const;
const SIZES = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) })),
  ).toEqual([]);
}

/** A portfolio with a finished sync behind it: the one a test before left, or a new one. */
async function syncedPortfolio(request: APIRequestContext) {
  const state = async () => (await (await request.get("/api/portfolio/sync")).json()) as { status?: string };
  if ((await state()).status !== "succeeded") {
    const started = await request.post("/api/portfolio/sync", { headers: { "X-Requested-With": "newtag-dashboard" } });
    expect([202, 409]).toContain(started.status());
    await expect.poll(async () => (await state()).status, { timeout: 90_000 }).toBe("succeeded");
  }
}

async function lookUp(page: Page, look: (typeof LOOKS)[number]) {
  await page.getByRole("textbox", { name: look.box }).fill(ids.join("\n"));
  await page.getByRole("button", { name: look.query, exact: true }).click();
  await expect(page.getByRole("table").or(page.getByRole("list", { name: /新客标签|New-customer tags/ }))).toBeVisible({ timeout: 30_000 });
  // The names of 120 rows arrive by themselves (one short customer list).
  await expect(page.getByText(look.names)).toBeAttached({ timeout: 30_000 });
}

for (const look of LOOKS) {
  for (const size of SIZES) {
    test.describe(`${look.name} at ${size.width}×${size.height}`, () => {
      test.use({ locale: look.locale, colorScheme: look.scheme, viewport: { width: size.width, height: size.height } });

      test("the empty start", async ({ page }) => {
        await page.goto("/");
        await expect(page.getByRole("textbox", { name: look.box })).toBeVisible();
        await expectAccessible(page);
        await page.screenshot({ path: `${out}${look.name}-${size.name}-start.png` });
      });

      test("a finished lookup", async ({ page }) => {
        await page.goto("/");
        await lookUp(page, look);
        await page.evaluate(() => window.scrollTo(0, 0));
        if (size.name === "laptop") {
          // At least 12 result rows in full view without scrolling.
          const inView = await page.getByRole("table").locator("tbody tr").evaluateAll((rows) =>
            rows.filter((row) => {
              const box = row.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= window.innerHeight;
            }).length,
          );
          expect(inView).toBeGreaterThanOrEqual(12);
        } else {
          // On a phone the results are cards, not a table that scrolls sideways.
          await expect(page.getByRole("table")).toHaveCount(0);
          await expect(page.getByRole("listitem").filter({ hasText: ids[0]! })).toBeVisible();
        }
        await expectAccessible(page);
        await page.screenshot({ path: `${out}${look.name}-${size.name}-lookup.png` });
        if (size.name === "phone") {
          // The card list itself, scrolled to its top.
          await page.getByRole("combobox", { name: /排序|Sort by/ }).evaluate((select) => {
            window.scrollTo(0, select.getBoundingClientRect().top + window.scrollY - 80);
          });
          await page.screenshot({ path: `${out}${look.name}-${size.name}-cards.png` });
        }
      });

      test("the portfolio", async ({ page, request }) => {
        await syncedPortfolio(request);
        await page.goto("/?mode=portfolio");
        await expect(page.locator("#results tbody tr:visible, #results li:visible").first()).toBeVisible({ timeout: 30_000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectAccessible(page);
        await page.screenshot({ path: `${out}${look.name}-${size.name}-portfolio.png` });
      });

      test("the insights of the portfolio", async ({ page, request }) => {
        await syncedPortfolio(request);
        await page.goto("/?mode=portfolio&ins=1");
        const panel = page.getByRole("region", { name: look.locale === "zh-CN" ? "数据洞察" : "Insights" });
        await expect(panel.locator(".recharts-surface")).toHaveCount(4, { timeout: 30_000 });
        await expect(panel.locator(".recharts-bar-rectangle").first()).toBeVisible();
        await expectAccessible(page);
        // The panel as it lies on the page (an element screenshot of a panel taller than the
        // screen would stitch the sticky header into its middle).
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await panel.boundingBox();
        if (!box) throw new Error("the insights panel has no box");
        await page.screenshot({ path: `${out}${look.name}-${size.name}-insights.png`, fullPage: true, clip: { x: 0, y: box.y, width: size.width, height: box.height } });
      });

      test("browse with Load all done", async ({ page }) => {
        await page.goto("/?mode=browse&names=0");
        await page.getByRole("button", { name: /Load all|全部加载|加载全部/ }).first().click();
        await expect(page.getByText(look.all).first()).toBeVisible({ timeout: 30_000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectAccessible(page);
        await page.screenshot({ path: `${out}${look.name}-${size.name}-browse.png` });
      });
    });
  }
}
