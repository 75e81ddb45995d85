import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test.ts";
import Papa from "papaparse";
import { readFile } from "node:fs/promises";
import readXlsxFile, { readSheet } from "read-excel-file/node";
import { createDataset } from "../src/testing/dataset.ts";
import {
  applyFilters,
  countByStatus,
  NO_FILTERS,
  toResultRows,
  type ResultFilters,
} from "../src/domain/tag-filters.ts";
import { addMonths } from "../src/domain/month.ts";
import { sortRows, type SortState } from "../src/domain/tag-sort.ts";
import { TAG_STATUSES } from "../src/domain/tag-status.ts";
import { en } from "../src/web/app/i18n/catalog.en.ts";
import { compileCatalog } from "../src/web/lib/i18n/compile.ts";

// The server serves the default seed at the real current month; the expectations come from the
// same data set and the same shared rules, never from fixed numbers.
const dataset = createDataset();
const customers = dataset.ownCustomers.slice(0, 300);
const ids = customers.map((customer) => customer.tag.customer_id);
const rows = toResultRows(
  customers.map((customer) => customer.tag),
  { month: dataset.month, soonMonths: 3 },
);
const expected = (filters: Partial<ResultFilters>) =>
  applyFilters(rows, { ...NO_FILTERS, ...filters });
const statusLabel = (status: (typeof TAG_STATUSES)[number]) =>
  compileCatalog("en", en).t(`results.status.${status}`, { n: 3 });

test.use({ locale: "en-US", viewport: { width: 1280, height: 900 } });

async function lookUp(page: Page, query = "") {
  // Names off: 300 rows would get a Name column by itself (names.spec covers that), and these
  // expectations are about the tag columns.
  await page.goto(`/${query}${query ? "&" : "?"}names=0`);
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(ids.join("\n"));
  // As a person does: the counts show what will be queried before Query is pressed.
  await expect(page.getByRole("status", { name: "What will be queried" })).toContainText(
    `${ids.length} valid`,
  );
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(page.getByRole("table", { name: "New-customer tags" })).toBeVisible({
    timeout: 30_000,
  });
}

const countText = (page: Page) => page.getByText(/ of 300 customers$/);
async function expectShown(page: Page, count: number) {
  await expect(countText(page)).toHaveText(
    new RegExp(`· ${count.toLocaleString("en-US")} of 300 customers$`),
  );
}

test("status chips count and filter exactly as the data set says", async ({ page }) => {
  test.setTimeout(120_000);
  await lookUp(page, "?size=200");
  await expectShown(page, 300);
  const counts = countByStatus(rows);
  const chips = page.getByRole("group", { name: "Quick filter by status" });
  for (const status of TAG_STATUSES) {
    const chip = chips.getByRole("checkbox", {
      name: new RegExp(`^${statusLabel(status).replace(/[()]/g, "\\$&")} · `),
    });
    if (counts[status] === 0) {
      await expect(chip).toHaveCount(0);
      continue;
    }
    await expect(chip).toHaveAccessibleName(`${statusLabel(status)} · ${counts[status]}`);
    // The chip's checkbox is visually hidden; people click its label.
    const label = chips
      .locator("label")
      .filter({ hasText: `${statusLabel(status)} · ${counts[status]}` });
    await label.click();
    await expect(chip).toBeChecked();
    await expectShown(page, counts[status]);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(counts[status] + 1);
    await label.click();
    await expect(chip).not.toBeChecked();
  }
  await expectShown(page, 300);
});

test("tag, tag type, month range and search filters narrow to the expected rows", async ({
  page,
}) => {
  await lookUp(page);
  // Beyond the search, the filters are folded under "More filters" until asked for.
  await expect(page.getByRole("combobox", { name: "New-customer tag" })).toBeHidden();
  const more = page.getByRole("button", { name: "More filters" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("combobox", { name: "New-customer tag" }).click();
  await page.getByRole("option", { name: "N", exact: true }).click();
  await page.getByRole("option", { name: /^Empty/ }).click();
  await page.keyboard.press("Escape");
  await expectShown(page, expected({ tags: ["N", "empty"] }).length);
  await expect(page).toHaveURL(/tag=N%2Cempty|tag=N,empty/);

  await page.getByRole("button", { name: "Clear all filters" }).first().click();
  await expectShown(page, 300);

  await page.getByRole("combobox", { name: "Tag type" }).click();
  await page.getByRole("option", { name: "(none)" }).click();
  await page.keyboard.press("Escape");
  await expectShown(page, expected({ tagTypes: [""] }).length);
  await page.getByRole("button", { name: "Clear all filters" }).first().click();

  const fragment = ids[7]!.slice(3, 12);
  await page.getByRole("textbox", { name: "Search" }).fill(fragment.toUpperCase());
  await expectShown(page, expected({ query: fragment }).length);
  await page.getByRole("button", { name: "Clear the search" }).click();
  await expectShown(page, 300);

  // A quick range: the three months after this one (China Standard Time), both ends filled in.
  const next3 = { from: addMonths(dataset.month, 1), to: addMonths(dataset.month, 3) };
  await page.getByRole("button", { name: "Expire month: quick ranges" }).click();
  await page.getByRole("menuitem", { name: `Next 3 months · ${next3.from} to ${next3.to}` }).click();
  await expectShown(page, expected({ expire: next3 }).length);
  await expect(page).toHaveURL(new RegExp(`exp=${next3.from}..${next3.to}`));
  await page.getByRole("button", { name: "Clear all filters" }).first().click();
  await expectShown(page, 300);

  // Month ranges, open at one end, through the URL (the pickers must show them).
  const from = dataset.month;
  await lookUp(page, `?exp=${from}..`);
  await expectShown(page, expected({ expire: { from } }).length);
  await expect(page.getByRole("button", { name: "Expire month from" })).not.toHaveText("Open");
  await page.getByRole("button", { name: "Clear all filters" }).first().click();
  await expectShown(page, 300);
});

test("when a run ends the focus is on its summary, and Skip to results moves it to the results", async ({
  page,
}) => {
  await lookUp(page);
  await expect(page.getByRole("status", { name: "Summary" })).toBeFocused();
  const skip = page.getByRole("link", { name: "Skip to results" });
  // Shown only while it has the focus: Shift+Tab from the top of the page reaches it.
  await expect(skip).not.toBeInViewport();
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Results" })).toBeFocused();
});

test("N and expired rows stand out with words and icons, expiring rows milder", async ({
  page,
}) => {
  await lookUp(page, "?size=50&sort=status");
  const table = page.getByRole("table");
  // Sorted by status, the first page opens with expired rows.
  const expired = sortRows(rows, { column: "status", desc: false })[0]!;
  expect(expired.status).toBe("expired");
  const soon = rows.find(
    (row) => row.status === "expiringSoon" || row.status === "expiresThisMonth",
  )!;
  const expiredRow = table.getByRole("row").filter({ hasText: expired.tag.customer_id });
  await expect(expiredRow).toContainText("Expired");
  await expect(expiredRow).toHaveAttribute("data-tone", "danger");
  // The legend is closed until asked for; the "?" beside the Status column opens it.
  await expect(page.getByText(/^Red rows: not new \(N\) or expired/)).toBeHidden();
  const help = page.getByRole("button", { name: "What the colours mean" });
  await expect(help).toHaveAttribute("aria-expanded", "false");
  await help.click();
  await expect(help).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(/^Red rows: not new \(N\) or expired/)).toBeVisible();
  await page.getByRole("textbox", { name: "Search" }).fill(soon.tag.customer_id);
  const soonRow = table.getByRole("row").filter({ hasText: soon.tag.customer_id });
  await expect(soonRow).toHaveAttribute("data-tone", "warning");
  await page.getByRole("button", { name: "Clear the search" }).click();
  await page.screenshot({ path: "test-results/results-highlighting.png", fullPage: true });
  const empty = rows.find((row) => row.status === "noRealName")!;
  await page.getByRole("textbox", { name: "Search" }).fill(empty.tag.customer_id);
  await table.getByText("Empty", { exact: true }).hover();
  await expect(page.getByRole("tooltip")).toContainText("real-name authentication");
});

test("exports the filtered, sorted rows (all pages) as CSV and XLSX", async ({ page }) => {
  const sort: SortState = { column: "expire", desc: true };
  await lookUp(page, "?st=expired,not-new,soon&sort=-expire&size=10");
  const want = sortRows(expected({ statuses: ["expired", "notNew", "expiringSoon"] }), sort);
  expect(want.length).toBeGreaterThan(10);
  await expectShown(page, want.length);

  await page.getByRole("button", { name: "Export" }).click();
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /CSV/ }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^new-customer-tags_\d{4}-\d{2}-\d{2}_own\.csv$/);
  const csv = await readFile(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(csv.toString("utf8").slice(1), {
    newline: "\r\n",
    skipEmptyLines: true,
  }).data;
  expect(parsed[0]).toEqual([
    "Customer ID",
    "Tag type",
    "New-customer tag",
    "Effective month",
    "Expire month",
    "Status",
  ]);
  expect(parsed.slice(1).map((line) => [line[0], line[5]])).toEqual(
    want.map((row) => [row.tag.customer_id, statusLabel(row.status)]),
  );

  await page.getByRole("button", { name: "Export" }).click();
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /xlsx/ }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = await readSheet(await readFile(await xlsxDownload.path()));
  expect(sheet.slice(1).map((line) => line[0])).toEqual(want.map((row) => row.tag.customer_id));
  expect(sheet.slice(1).map((line) => line[4] ?? "")).toEqual(
    want.map((row) => row.tag.expire_time ?? ""),
  );
});

test("exports only the visible columns, in the table's order, and says so in the menu", async ({
  page,
}) => {
  await lookUp(page, "?sort=id");
  await page.getByRole("button", { name: "Columns" }).click();
  const columns = page.getByRole("group", { name: "Show or hide columns" });
  await columns.getByRole("checkbox", { name: "Tag type" }).uncheck();
  await columns.getByRole("checkbox", { name: "Effective month" }).uncheck();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/hide=type%2Ceffective|hide=type,effective/);
  await expect(page.getByRole("columnheader")).toHaveText([
    "",
    /Customer ID/,
    /New-customer tag/,
    /Expire month/,
    /Status/,
  ]);

  await page.getByRole("button", { name: "Export" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toContainText(
    "The columns you see, in their order: Customer ID, New-customer tag, Expire month, Status. Hidden columns are left out.",
  );
  await menu.screenshot({ path: "test-results/export-menu.png" });
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /CSV/ }).click(),
  ]);
  const csv = await readFile(await csvDownload.path());
  const parsed = Papa.parse<string[]>(csv.toString("utf8").slice(1), {
    newline: "\r\n",
    skipEmptyLines: true,
  }).data;
  const byId = sortRows(rows, { column: "id", desc: false });
  expect(parsed[0]).toEqual(["Customer ID", "New-customer tag", "Expire month", "Status"]);
  expect(parsed[1]).toEqual([
    byId[0]!.tag.customer_id,
    byId[0]!.tag.new_customer_tag ?? "",
    byId[0]!.tag.expire_time ?? "",
    statusLabel(byId[0]!.status),
  ]);

  await page.getByRole("button", { name: "Export" }).click();
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("menuitem", { name: /xlsx/ }).click(),
  ]);
  const workbook = await readXlsxFile(await readFile(await xlsxDownload.path()));
  expect(workbook.map((sheet) => sheet.sheet)).toEqual(["New-customer tags", "About this export"]);
  expect(workbook[0]!.data[0]).toEqual([
    "Customer ID",
    "New-customer tag",
    "Expire month",
    "Status",
  ]);
  const about = new Map(workbook[1]!.data.map((line) => [line[0], line[1]]));
  expect(about.get("Customers")).toBe("Your own customers");
  expect(about.get("Rows")).toBe("300 rows, of 300 customers");
  expect(about.get("Sort")).toBe("Customer ID, sorted ascending");
  expect(about.get("Current month")).toContain(`The current month is ${dataset.month}`);
});

test("reloading the URL restores filters, sort, page and page size", async ({ page }) => {
  await lookUp(page);
  const expireHeader = page.getByRole("button", { name: "Expire month", exact: true });
  await expireHeader.click();
  await expireHeader.click();
  await expect(page).toHaveURL(/sort=-expire/);
  await page.getByLabel("Rows per page").selectOption("10");
  await page
    .getByRole("navigation", { name: "Pages" })
    .getByRole("button", { name: "Page 2", exact: true })
    .click();
  await expect(page).toHaveURL(/page=2/);
  const want = sortRows(rows, { column: "expire", desc: true });
  const firstOnPage2 = want[10]!.tag.customer_id;
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText(firstOnPage2);
  const url = page.url();
  expect(url).not.toContain(ids[0]);

  await lookUp(page, new URL(url).search);
  await expect(page.getByRole("columnheader", { name: "Expire month" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(page.getByLabel("Rows per page")).toHaveValue("10");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(11);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText(firstOnPage2);
});

test("has no WCAG 2.1 AA violations with results and filters shown", async ({ page }) => {
  await lookUp(page, "?sort=status");
  await page.getByRole("button", { name: "More filters" }).click();
  await expect(page.getByRole("region", { name: "Filters" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Expire month to" })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.slice(0, 5).map((n) => n.html.slice(0, 160)),
    })),
  ).toEqual([]);
});
