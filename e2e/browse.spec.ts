import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test.ts";
import Papa from "papaparse";
import { createDataset } from "../src/testing/dataset.ts";
import { FAKE } from "./support/fake-bss.ts";

// The server runs the default seed at the real current date; so does this.
const dataset = createDataset();
const own = dataset.ownCustomers;
// The reseller with the fewest customers: the shortest walk to its last page.
const reseller = [...dataset.resellers].sort(
  (a, b) =>
    dataset.customersByReseller.get(a.indirect_partner_id)!.length -
    dataset.customersByReseller.get(b.indirect_partner_id)!.length,
)[0]!;
const theirs = dataset.customersByReseller.get(reseller.indirect_partner_id)!;
const n = (value: number) => value.toLocaleString("en-US");

test.use({ locale: "en-US" });

const tagCalls = async () =>
  ((await (await fetch(`${FAKE}/stats`)).json()) as { calls: { newCustomerTags: number } }).calls
    .newCustomerTags;

async function openBrowse(page: Page, search = "") {
  await page.goto(`/?mode=browse${search}`);
  await expect(page.getByRole("heading", { name: "All customers" })).toBeVisible();
}

test("switching to Browse all customers lists the first page, and the URL keeps the mode", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByText("Browse all customers", { exact: true }).click();
  await expect(page).toHaveURL(/mode=browse/);
  await expect(page.getByText("Customers 1–50", { exact: true })).toBeVisible();
  await expect(page.getByText(/More pages may follow/)).toBeVisible();
  await expect(page.getByRole("cell", { name: own[0]!.tag.customer_id })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Customers 1–50", { exact: true })).toBeVisible();
});

test("browsing a reseller's customers reaches the last page and stops there", async ({ page }) => {
  await openBrowse(page, `&reseller=${reseller.indirect_partner_id}&bsize=200`);
  const next = page.getByRole("button", { name: "Next page from Huawei" });
  const lastPage = Math.ceil(theirs.length / 200);
  for (let p = 1; p < lastPage; p++) {
    await expect(
      page.getByText(`Customers ${n((p - 1) * 200 + 1)}–${n(p * 200)}`, { exact: true }),
    ).toBeVisible();
    await expect(next).toBeEnabled();
    await next.click();
  }
  await expect(page.getByText(`Page ${lastPage}`, { exact: true })).toBeVisible();
  await expect(
    page.getByText(`Customers ${n((lastPage - 1) * 200 + 1)}–${n(theirs.length)}`, { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText(`Last page: no customers after number ${n(theirs.length)}.`),
  ).toBeVisible();
  await expect(next).toBeDisabled();
  // The last page's first customer is on screen; nothing after the end was asked for.
  await expect(
    page.getByRole("cell", { name: theirs[(lastPage - 1) * 200]!.tag.customer_id }),
  ).toBeVisible();
  const before = await tagCalls();
  await expect(next).toBeDisabled();
  expect(await tagCalls()).toBe(before);

  await page.getByRole("button", { name: "Previous page from Huawei" }).click();
  await expect(page.getByText(`Page ${lastPage - 1}`, { exact: true })).toBeVisible();
});

test("Load all shows its progress, then every row is in the export", async ({ page }) => {
  await openBrowse(page);
  await expect(page.getByText("Only part of the list is loaded")).toBeVisible();
  await page.getByRole("button", { name: "Load all" }).first().click();

  // About 25 calls at 10 per second: the progress is on screen for seconds.
  await expect(
    page.getByText(/^Loading all customers: [\d,]+ so far \(pages: \d+, \d+ s\)$/),
  ).toBeVisible();
  await expect(
    page.getByText("No total known: loading stops at the first short page."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
  const pages = Math.ceil((own.length + 1) / 200);
  await expect(
    page.getByText(new RegExp(`^All ${n(own.length)} customers loaded \\(pages: ${pages}`)),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText("Only part of the list is loaded")).toHaveCount(0);

  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "CSV (Excel, UTF-8)" }).click();
  const download = await downloading;
  const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  const idColumn = header!.indexOf("Customer ID");
  expect(idColumn).toBeGreaterThanOrEqual(0);
  expect(rows).toHaveLength(own.length);
  expect(new Set(rows.map((row) => row[idColumn]))).toEqual(
    new Set(own.map((c) => c.tag.customer_id)),
  );
});

test("Cancel keeps the customers loaded so far, and Continue finishes the job", async ({
  page,
}) => {
  await openBrowse(page);
  await expect(page.getByText("Customers 1–50", { exact: true })).toBeVisible();
  // The second call of Load all never answers, so Cancel lands while it is on its way however
  // slow the machine is.
  const second = (await tagCalls()) + 2;
  await fetch(`${FAKE}/faults`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify([
      { api: "newCustomerTags", when: { nthCall: second }, fault: { kind: "hang" } },
    ]),
  });
  await page.getByRole("button", { name: "Load all" }).first().click();
  await expect(page.getByText(/^Loading all customers: 200 so far \(pages: 1,/)).toBeVisible();
  // Load all's own Cancel (the names of the page may be loading beside it, with theirs).
  await page.getByRole("region", { name: "All customers" }).getByRole("button", { name: "Cancel" }).click();
  await expect(
    page.getByText("Loading stopped: 200 customers loaded so far are kept."),
  ).toBeVisible();
  await expect(page.getByText("Only part of the list is loaded")).toBeVisible();
  // The results workspace works on the 200 that arrived, and says so.
  await expect(page.getByText(/^200 customers are loaded so far\./)).toBeVisible();

  await page.getByRole("button", { name: "Continue loading" }).click();
  await expect(page.getByText(new RegExp(`^All ${n(own.length)} customers loaded`))).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText("Only part of the list is loaded")).toHaveCount(0);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("the browse controls speak Chinese", async ({ page }) => {
    await page.goto("/?mode=browse");
    await expect(page.getByText("浏览全部客户", { exact: true })).toBeVisible();
    await expect(page.getByText("第 1–50 个客户", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "加载全部" })).toBeVisible();
    await expect(page.getByRole("button", { name: "从华为云加载下一页" })).toBeEnabled();
  });
});
