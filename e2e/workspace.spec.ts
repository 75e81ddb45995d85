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
