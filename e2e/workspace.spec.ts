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

test("arrows, Home/End and Page Down move between cells; Shift+arrows mark a rectangle that Ctrl+C copies", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await lookUp(page, "?names=0&sort=id&size=50");
  const shownIds = [...ids].sort();
  const table = page.getByRole("table");
  const cell = (row: number, col: number) => table.locator(`tbody tr[aria-rowindex="${row + 2}"] > td`).nth(col);
  await cell(0, 1).click();
  await page.keyboard.press("ArrowDown");
  await expect(cell(1, 1)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(1, 2)).toBeFocused();
  await page.keyboard.press("End");
  await expect(cell(1, 6)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(cell(1, 0)).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(cell(11, 0)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+End");
  await expect(cell(39, 6)).toBeFocused();
  await page.keyboard.press("ControlOrMeta+Home");
  await expect(cell(0, 0)).toBeFocused();

  // From the first ID, Shift+Down twice and Shift+Right: IDs and tag types of three rows.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(table.locator("td[data-in-range]")).toHaveCount(6);
  await page.keyboard.press("ControlOrMeta+c");
  const types = customers
    .filter((c) => shownIds.slice(0, 3).includes(c.tag.customer_id))
    .sort((a, b) => a.tag.customer_id.localeCompare(b.tag.customer_id))
    .map((c) => `${c.tag.customer_id}\t${c.tag.customer_tag_type ?? ""}`);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${types.join("\r\n")}\r\n`);
});

test("keyboard only: paste, query, sort, filter and export without the mouse", async ({ page }) => {
  await page.goto("/?names=0");
  // Tab until the element has the focus (at most 60 presses), as a keyboard user does.
  const tabTo = async (target: ReturnType<Page["getByRole"]>, back = false) => {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    }
    throw new Error("not reached with the keyboard");
  };
  await tabTo(page.getByRole("textbox", { name: /Customer IDs/ }));
  await page.keyboard.insertText(ids.join("\n"));
  await expect(page.getByRole("status", { name: "What will be queried" })).toContainText("40 valid");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(summary(page)).toHaveText("40 found + 0 not returned + 0 invalid + 0 failed = 40 entries");
  await expect(summary(page)).toBeFocused();

  // Sort by expire month (descending: two presses).
  const expireSort = page.getByRole("columnheader", { name: "Expire month" }).getByRole("button");
  await tabTo(expireSort);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=-expire/);

  // Filter: the search box in the toolbar, reached backwards from the table.
  const search = page.getByRole("textbox", { name: "Search" });
  await tabTo(search, true);
  await page.keyboard.insertText(ids[3]!);
  await expect(page.getByText("Your own customers · 1 of 40 customers")).toBeVisible();

  // Export the filtered row as CSV from the menu.
  await tabTo(page.getByRole("button", { name: "Export" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "CSV (Excel, UTF-8)" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  for (let i = 0; i < 5; i++) {
    if (await page.getByRole("menuitem", { name: "CSV (Excel, UTF-8)" }).evaluate((item) => item === document.activeElement)) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  const csv = (await import("node:fs")).readFileSync(await (await downloading).path(), "utf8");
  expect(csv.trim().split("\r\n")).toHaveLength(2);
  expect(csv).toContain(ids[3]!);
});

test("columns resize by drag or arrow keys, pin and move, and the layout is kept in the URL and in this browser", async ({
  page,
}) => {
  // Narrow enough for the table to scroll sideways.
  await page.setViewportSize({ width: 800, height: 900 });
  await lookUp(page);
  const header = (name: string) => page.getByRole("columnheader", { name: new RegExp(`^${name}`) });
  const width = async (name: string) => (await header(name).boundingBox())!.width;

  // Keyboard: the grip on the ID header, three steps of 16 px.
  const before = await width("Customer ID");
  const idGrip = page.getByRole("separator", { name: "Resize the Customer ID column" });
  // The grip states the column's width: laid out by content at first, then the width set.
  await expect(idGrip).toHaveAttribute("aria-valuenow", String(Math.round(before)));
  await idGrip.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => width("Customer ID")).toBeCloseTo(before + 48, -1);
  await expect(idGrip).toHaveAttribute("aria-valuenow", String(Math.round(before) + 48));
  const cols = () => new URL(page.url()).searchParams.get("cols") ?? "";
  await expect.poll(cols).toMatch(/^id!:\d+,/);

  // Pointer: drag the Tag type grip 60 px to the right.
  const grip = page.getByRole("separator", { name: "Resize the Tag type column" });
  const typeBefore = await width("Tag type");
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => width("Tag type")).toBeCloseTo(typeBefore + 60, -1);

  // Pin Status (it moves next to the pinned ID), and move Tag type to the right of the tag.
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("button", { name: "Pin Status to the left" }).click();
  await page.getByRole("button", { name: "Move Tag type right" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader")).toHaveText([
    "",
    "Customer ID",
    "Status",
    "New-customer tag",
    "Tag type",
    "Effective month",
    "Expire month",
  ]);

  // Scrolled sideways, the pinned columns stay where they were.
  const idCell = page.getByRole("cell", { name: ids[0] });
  const statusCell = page.getByRole("row").filter({ has: idCell }).getByRole("cell").nth(2);
  const x = (await idCell.boundingBox())!.x;
  const statusX = (await statusCell.boundingBox())!.x;
  await page.locator("table").first().evaluate((table) => {
    table.parentElement!.scrollLeft = 400;
  });
  await expect.poll(async () => (await idCell.boundingBox())!.x).toBeCloseTo(x, 0);
  await expect.poll(async () => (await statusCell.boundingBox())!.x).toBeCloseTo(statusX, 0);
  await expect(page.locator("table").first().evaluate((table) => table.parentElement!.scrollLeft)).resolves.toBeGreaterThan(0);

  // The layout is in the URL, and this browser keeps it for a page opened without it.
  await expect.poll(cols).toMatch(/^id!:\d+,.*,status!:\d+$/);
  await page.goto("/?names=0");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(ids.join("\n"));
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(page.getByRole("columnheader").nth(2)).toHaveText("Status");
  // Reset puts everything back.
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("button", { name: "Reset column order, pins and widths" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader").nth(2)).toHaveText("Tag type");
  await expect(page).not.toHaveURL(/cols=/);
});

test("All (scroll) over thousands of rows scrolls with the page, with no scroller of its own", async ({ page }) => {
  await page.goto("/?mode=browse&names=0&size=all");
  await page.getByRole("button", { name: "Load all" }).click();
  const total = dataset.ownCustomers.length;
  await expect(page.getByText(new RegExp(`^All ${total.toLocaleString("en-US")} customers loaded`))).toBeVisible({
    timeout: 30_000,
  });
  const table = page.getByRole("table");
  await expect(table).toHaveAttribute("aria-rowcount", String(total + 1));
  // Only the rows in view are drawn.
  expect(await table.locator("tbody tr[aria-rowindex]").count()).toBeLessThan(80);
  // Nothing between the table and the page scrolls vertically.
  const nested = await table.evaluate((element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node.tagName;
    }
    return null;
  });
  expect(nested).toBeNull();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(table.locator(`tbody tr[aria-rowindex="${total + 1}"]`)).toBeInViewport();
  // The table's header sticks right under the workspace's toolbar, which sticks too.
  const gap = () =>
    page.getByRole("button", { name: "Columns" }).evaluate((button) => {
      let toolbar: Element | null = button;
      while (toolbar && getComputedStyle(toolbar).position !== "sticky") toolbar = toolbar.parentElement;
      const head = document.querySelector("thead");
      if (!toolbar || !head) return Number.NaN;
      return head.getBoundingClientRect().top - toolbar.getBoundingClientRect().bottom;
    });
  await expect.poll(gap).toBeCloseTo(0, 0);
});

test("on a phone, All shows thousands of rows as cards, 200 more at a time", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?mode=browse&names=0&size=all");
  await page.getByRole("button", { name: "Load all" }).click();
  const total = dataset.ownCustomers.length;
  await expect(page.getByText(new RegExp(`^All ${total.toLocaleString("en-US")} customers loaded`))).toBeVisible({
    timeout: 30_000,
  });
  const cards = page.getByRole("list", { name: "New-customer tags" }).getByRole("listitem");
  await expect(cards).toHaveCount(200);
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("button", { name: `Show 200 more (200 of ${total.toLocaleString("en-US")} shown)` }).click();
  await expect(cards).toHaveCount(400);
});
