import { expect, test, type Page } from "./support/test.ts";
import { fakeStats } from "./support/fake-bss.ts";
import { createDataset } from "../src/testing/dataset.ts";

// The results-first workspace: the folded input, session restore, selection and copying.
const dataset = createDataset();
const customers = dataset.ownCustomers.slice(0, 40);
const ids = customers.map((customer) => customer.tag.customer_id);

test.use({ locale: "en-US", viewport: { width: 1366, height: 768 } });

const summary = (page: Page) => page.getByRole("status", { name: "Summary" });

async function lookUp(page: Page, search = "?names=0") {
  await page.goto(`/${search}`);
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill([...ids, "bad-id!"].join("\n"));
  await expect(page.getByRole("status", { name: "What will be queried" })).toContainText("40 valid");
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(summary(page)).toHaveText("40 found + 0 not returned + 1 invalid + 0 failed = 41 entries");
}

test("the last lookup survives a reload without calling Huawei again, and Clear forgets it", async ({
  page,
}) => {
  await lookUp(page);
  const calls = (await fakeStats()).calls.newCustomerTags;
  await page.reload();
  const offer = page.getByRole("alert").filter({ hasText: "Your last lookup is kept in this browser" });
  await expect(offer).toContainText("41 entries for My own customers");
  await offer.getByRole("button", { name: "Restore" }).click();
  await expect(summary(page)).toHaveText("40 found + 0 not returned + 1 invalid + 0 failed = 41 entries");
  await expect(page.getByText(/Restored: saved in this browser/)).toBeVisible();
  await expect(page.getByText("Your own customers · 40 of 40 customers")).toBeVisible();
  await expect(page.getByRole("cell", { name: ids[0] })).toBeVisible();
  expect((await fakeStats()).calls.newCustomerTags).toBe(calls);
  // The input came back too, the invalid entry included.
  await page.getByRole("button", { name: "Edit IDs" }).click();
  await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toHaveValue(/bad-id!$/);

  await page.getByRole("button", { name: "Clear", exact: true }).click();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toBeVisible();
  await expect(page.getByText("Your last lookup is kept in this browser")).toHaveCount(0);
});

test("Discard drops the saved lookup", async ({ page }) => {
  await lookUp(page);
  await page.reload();
  await page.getByRole("button", { name: "Discard" }).click();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toBeVisible();
  await expect(page.getByText("Your last lookup is kept in this browser")).toHaveCount(0);
});

test("ticked rows: Shift+click ticks a range, which copies as IDs or as a table for Excel, and exports alone", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await lookUp(page, "?names=0&sort=id");
  const shownIds = [...ids].sort();
  const box = (id: string) => page.getByRole("row").filter({ hasText: id }).getByRole("checkbox");
  await box(shownIds[1]!).click();
  await box(shownIds[4]!).click({ modifiers: ["Shift"] });
  await expect(page.getByText("4 rows selected")).toBeVisible();
  for (const id of shownIds.slice(1, 5)) await expect(box(id)).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Select all 40 rows shown" })).not.toBeChecked();

  await page.getByRole("button", { name: "Copy IDs" }).click();
  await expect(page.getByText("Copied 4 IDs")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shownIds.slice(1, 5).join("\n"));

  await page.getByRole("button", { name: "Copy as table" }).click();
  await expect(page.getByText("Copied 4 rows with their header: paste them into Excel")).toBeVisible();
  const table = (await page.evaluate(() => navigator.clipboard.readText())).split("\r\n").filter(Boolean);
  expect(table[0]!.split("\t")).toEqual([
    "Customer ID",
    "Tag type",
    "New-customer tag",
    "Effective month",
    "Expire month",
    "Status",
  ]);
  expect(table.slice(1).map((line) => line.split("\t")[0])).toEqual(shownIds.slice(1, 5));

  // Ctrl+C in the table does the same.
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await box(shownIds[4]!).focus();
  await page.keyboard.press("ControlOrMeta+c");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${table.join("\r\n")}\r\n`);

  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: "Selected rows as CSV" }).click(),
  ]);
  const csv = (await import("node:fs")).readFileSync(await download.path(), "utf8");
  expect(csv.trim().split("\r\n").slice(1).map((line) => line.split(",")[0])).toEqual(shownIds.slice(1, 5));

  await page.getByRole("checkbox", { name: "Select all 40 rows shown" }).check();
  await expect(page.getByText("40 rows selected")).toBeVisible();
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(page.getByText(/rows? selected/)).toHaveCount(0);
});
