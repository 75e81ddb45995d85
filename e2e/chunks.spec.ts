import { expect, test, type Page } from "@playwright/test";

// A lazily loaded chunk that fails to arrive, as when a deployment replaced it while the page
// was open or the network dropped: that part says so and offers a reload, the rest still works.
// Screenshots of the message go to SCREENSHOT_DIR when it is set.
const shots = process.env.SCREENSHOT_DIR;

const DEMO_ID = "34085605d7c6b54e02b91f38453804bf";

async function failChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = `**/assets/${name}-*.js`;
  await page.route(pattern, (route) => route.abort("failed"));
  return () => page.unroute(pattern);
}

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("a results table chunk that fails to load shows a message and a reload button, not a blank page", async ({
    page,
  }) => {
    const restore = await failChunk(page, "results-workspace");
    await page.goto("/");
    await page.getByRole("textbox", { name: /Customer IDs/ }).fill(DEMO_ID);
    await page.getByRole("button", { name: "Query", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "This part of the page could not be loaded" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("“Reload the page” loads the page again");
    // The lookup around it still works: its summary accounts for the ID.
    await expect(page.getByRole("status", { name: "Summary" })).toContainText("1 found");
    if (shots) await alert.screenshot({ path: `${shots}/chunk-failure-en.png` });

    await restore();
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toHaveValue("");
    await page.getByRole("textbox", { name: /Customer IDs/ }).fill(DEMO_ID);
    await page.getByRole("button", { name: "Query", exact: true }).click();
    await expect(page.getByRole("cell", { name: DEMO_ID })).toBeVisible();
    await expect(page.getByText("This part of the page could not be loaded")).toHaveCount(0);
  });
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a browse chunk that fails to load says so in Chinese and reloads into the same view", async ({
    page,
  }) => {
    const restore = await failChunk(page, "browse-panel");
    await page.goto("/?mode=browse");
    const alert = page.getByRole("alert").filter({ hasText: "页面的这一部分未能加载" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("“重新加载页面”会重新打开本页");
    // The scope bar above it is still there.
    await expect(page.getByRole("combobox", { name: "查看谁的客户" })).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/chunk-failure-zh.png`, fullPage: true });

    await restore();
    await alert.getByRole("button", { name: "重新加载页面" }).click();
    await expect(page.getByRole("heading", { name: "全部客户" })).toBeVisible();
    await expect(page).toHaveURL(/mode=browse/);
  });
});
