import { expect, test } from "./support/test.ts";
import { createDataset } from "../src/testing/dataset.ts";

// The server runs the default seed at the real current date; so does this.
const dataset = createDataset();
const own = dataset.ownCustomers;
const reseller = dataset.resellers[0]!;
const theirs = dataset.customersByReseller.get(reseller.indirect_partner_id)!;

test.use({ locale: "en-US" });

test("a short page gets its names looked up one by one, beside the IDs", async ({ page }) => {
  await page.goto("/?mode=browse&bsize=10");
  for (const customer of own.slice(0, 10)) {
    const row = page.getByRole("row").filter({ hasText: customer.tag.customer_id });
    await expect(row).toContainText(customer.info.customer);
    await expect(row).toContainText(customer.info.account_name);
    // Contact details never reach the page.
    await expect(row).not.toContainText(customer.info.email);
  }
  await expect(page.getByText(own[0]!.info.telephone, { exact: false })).toHaveCount(0);
});

test("Show customer names loads a reseller's list with progress, and names become searchable", async ({
  page,
}) => {
  // Turned off in the link: a page of 50 rows would otherwise get its names by itself.
  await page.goto(`/?mode=browse&reseller=${reseller.indirect_partner_id}&names=0`);
  await expect(page.getByRole("cell", { name: theirs[0]!.tag.customer_id })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Show customer names" })).not.toBeChecked();
  await page.getByRole("switch", { name: "Show customer names" }).check();
  // One call per 100 customers at 10 per second: the progress is on screen for a while.
  await expect(page.getByText(/^Loading names: [\d,]+ of [\d,]+ customers$/)).toBeVisible();
  await expect(
    page.getByText(`Names of all ${theirs.length.toLocaleString("en-US")} customers loaded.`),
  ).toBeVisible({
    timeout: 30_000,
  });

  // Load all, then find a customer from the last page by part of its real name.
  await page.getByRole("button", { name: "Load all" }).first().click();
  await expect(page.getByText(/^All [\d,]+ customers loaded/)).toBeVisible({ timeout: 30_000 });
  const wanted = theirs.at(-1)!;
  await page.getByRole("textbox", { name: "Search" }).fill(wanted.info.account_name);
  const row = page.getByRole("row").filter({ hasText: wanted.tag.customer_id });
  await expect(row).toBeVisible();
  await expect(row).toContainText(wanted.info.customer);
  await page.getByRole("textbox", { name: "Search" }).fill(wanted.info.customer);
  await expect(row).toBeVisible();
});

test("a lookup of a few hundred IDs gets names by itself, and the switch shows it", async ({ page }) => {
  const ids = theirs.slice(0, 120).map((c) => c.tag.customer_id);
  await page.goto(`/?reseller=${reseller.indirect_partner_id}`);
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(ids.join("\n"));
  await expect(page.getByRole("status", { name: "What will be queried" })).toContainText("120 valid");
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(
    page.getByText(`Names of all ${theirs.length.toLocaleString("en-US")} customers loaded.`),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("switch", { name: "Show customer names" })).toBeChecked();
  const row = page.getByRole("row").filter({ hasText: theirs[5]!.tag.customer_id });
  await expect(row).toContainText(theirs[5]!.info.customer);
});

test("a link with names=1 shows names from the start", async ({ page }) => {
  await page.goto("/?mode=browse&names=1&bsize=50");
  await expect(page.getByRole("switch", { name: "Show customer names" })).toBeChecked();
  const row = page.getByRole("row").filter({ hasText: own[15]!.tag.customer_id });
  await expect(row).toContainText(own[15]!.info.customer, { timeout: 30_000 });
});
