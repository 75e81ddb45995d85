import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test.ts";
import { PROXY_LOG } from "./playwright.config.ts";
import { createDataset, foreignIds } from "../src/testing/dataset.ts";
import { FAKE } from "./support/fake-bss.ts";

// The server runs the default seed at the real current date; so does this.
const dataset = createDataset();
const own = dataset.ownCustomers;
const reseller = dataset.resellers[1]!;
const theirs = dataset.customersByReseller.get(reseller.indirect_partner_id)!;

test.use({ locale: "en-US" });

const picker = (page: Page) => page.getByRole("combobox", { name: "Whose customers" });

test("choosing a reseller changes the results to its customers, and back", async ({ page }) => {
  await page.goto("/?mode=browse");
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toBeVisible();
  await expect(
    page.getByText(`${dataset.resellers.length} cloud resellers.`, { exact: false }),
  ).toBeVisible();

  await picker(page).click();
  // Search by account name: the option shows name, account name and ID.
  await picker(page).fill(reseller.account_name);
  const option = page.getByRole("option", { name: new RegExp(reseller.name) });
  await expect(option).toContainText(`Account: ${reseller.account_name}`);
  await expect(option).toContainText(reseller.indirect_partner_id);
  await option.click();

  await expect(page).toHaveURL(new RegExp(`reseller=${reseller.indirect_partner_id}`));
  await expect(picker(page)).toHaveValue(reseller.name);
  await expect(page.getByRole("cell", { name: theirs[0]!.tag.customer_id })).toBeVisible();
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toHaveCount(0);
  // The results header names the reseller.
  await expect(page.getByText(`Reseller: ${reseller.name}`, { exact: false })).toBeVisible();

  // So does the export's file name.
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "CSV (Excel, UTF-8)" }).click();
  expect((await downloading).suggestedFilename()).toMatch(new RegExp(`_${reseller.name}\\.csv$`));
  // The proxy's audit log has the export: format, rows and the reseller, never a customer ID.
  const exports = () =>
    readFileSync(PROXY_LOG, "utf8")
      .split("\n")
      .filter((line) => line.includes('"audit":true') && line.includes('"action":"export"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  await expect
    .poll(() => exports().at(-1))
    .toMatchObject({ scope: reseller.indirect_partner_id, format: "csv", rows: expect.any(Number), selected: false, status: 204 });
  expect(JSON.stringify(exports().at(-1))).not.toContain(theirs[0]!.tag.customer_id);

  // A link carries the choice.
  await page.reload();
  await expect(picker(page)).toHaveValue(reseller.name);
  await expect(page.getByRole("cell", { name: theirs[0]!.tag.customer_id })).toBeVisible();

  await picker(page).click();
  await page.getByRole("option", { name: "My own customers" }).click();
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toBeVisible();
  // The address bar follows just after the render.
  await expect(page).not.toHaveURL(/reseller=/);
});

test("a lookup's results are never shown under another reseller's name; one click looks the IDs up there", async ({
  page,
}) => {
  const mine = own.slice(0, 3).map((c) => c.tag.customer_id);
  const resellers = theirs.slice(0, 2).map((c) => c.tag.customer_id);
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill([...mine, ...resellers].join("\n"));
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(page.getByRole("cell", { name: mine[0]! })).toBeVisible();

  await picker(page).click();
  await page.getByRole("option", { name: new RegExp(reseller.name) }).click();
  await expect(page.getByText("The last lookup was for another scope")).toBeVisible();
  // No table, no export: nothing is labelled with the reseller that it does not belong to.
  await expect(page.getByRole("cell", { name: mine[0]! })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export" })).toHaveCount(0);

  await page.getByRole("button", { name: `Look up these IDs for ${reseller.name}` }).click();
  await expect(page.getByRole("cell", { name: resellers[0]! })).toBeVisible();
  await expect(page.getByRole("cell", { name: mine[0]! })).toHaveCount(0);
  await expect(page.getByText(`Reseller: ${reseller.name}`, { exact: false })).toBeVisible();
  await expect(page.getByRole("status", { name: "Summary" })).toHaveText(
    "2 found + 3 not returned + 0 invalid + 0 failed = 5 entries",
  );
});

test("a partner that is not a distributor sees the picker disabled with the reason, and can type an ID", async ({
  page,
}) => {
  await fetch(`${FAKE}/distributor`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ enabled: false }),
  });
  await page.goto("/?mode=browse");
  await expect(page.getByText("Reseller list not available")).toBeVisible();
  await expect(
    page.getByText(/Huawei refused the reseller list \(CBC\.0151\): only a tier-1 distributor/),
  ).toBeVisible();
  await expect(picker(page)).toBeDisabled();
  // The own customers still work.
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toBeVisible();

  const input = page.getByRole("textbox", { name: "Reseller ID" });
  await input.fill("abc，def");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(
    page.getByText(
      "“，” cannot be part of a reseller ID (only letters, digits, - and _). Check what was pasted.",
    ),
  ).toBeVisible();
  await expect(input).toHaveValue("abc，def");

  // Huawei refuses reseller scoping to a non-distributor: explained in plain words.
  await input.fill(reseller.indirect_partner_id);
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`reseller=${reseller.indirect_partner_id}`));
  await expect(
    page.getByText("This reseller is not one of yours, or the ID is mistyped."),
  ).toBeVisible();
  await expect(page.getByText("Error code: CBC.99000037")).toBeVisible();
  await page.getByRole("button", { name: "Show my own customers" }).click();
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toBeVisible();
});

test("an unknown reseller ID in a link gets CBC.99000037 explained", async ({ page }) => {
  const [stranger] = foreignIds(1, 99, dataset);
  await page.goto(`/?mode=browse&reseller=${stranger}`);
  await expect(picker(page)).toHaveValue(`${stranger} (not in your reseller list)`);
  await expect(
    page.getByText("This reseller is not one of yours, or the ID is mistyped."),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Pick the reseller from the list or check the ID, or go back to your own customers.",
    ),
  ).toBeVisible();
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("the picker offers 我自己的客户 and the resellers", async ({ page }) => {
    await page.goto("/");
    await expect(picker(page).or(page.getByRole("combobox", { name: "查看谁的客户" }))).toHaveValue(
      "我自己的客户",
    );
    await page.getByRole("combobox", { name: "查看谁的客户" }).click();
    await expect(page.getByRole("option")).toHaveCount(1 + dataset.resellers.length);
    await expect(page.getByRole("option").nth(1)).toContainText(
      `账号名：${dataset.resellers[0]!.account_name}`,
    );
  });
});
