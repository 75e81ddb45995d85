import { fileURLToPath } from "node:url";
import { ALERT_RECEIVER_PORT, type ReceivedAlert } from "./support/alert-receiver.ts";
import { FAKE } from "./support/fake-bss.ts";
import { expect, type Page, test } from "./support/test.ts";

// The portfolio against the real proxy, its store in the PostgreSQL server of this run, and the
// fake BSS: sync, change tags at "Huawei", sync again, and read exactly those changes.

/** A tag row as the proxy passes it on. */
interface FakeTag {
  customer_id: string;
  new_customer_tag?: string;
  expire_time?: string;
}

async function syncNow(page: Page): Promise<void> {
  const progress = page.getByRole("progressbar", { name: "Sync progress" });
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(progress).toBeVisible();
  await expect(progress).toBeHidden({ timeout: 90_000 });
  await expect(page.getByText(/^Last sync finished/)).toBeVisible();
}

test.use({ locale: "en-US" });

test("a sync, tags changed at Huawei, a second sync: What changed and each history show exactly those customers", async ({ page, request }) => {
  await page.goto("/?mode=portfolio");
  await syncNow(page);

  // Three customers change at Huawei: one own customer's tag, one reseller customer's expiry, and
  // one own customer leaves.
  const own = (await (await request.post("/api/v2/partners/sub-customers/new-customers-tags/batch-query", {
    headers: { "X-Requested-With": "newtag-dashboard" },
    data: { limit: 50 },
  })).json()) as { new_customer_tags: FakeTag[] };
  const [tagged, leaving] = own.new_customer_tags.filter((tag) => tag.new_customer_tag === "Y");
  const resellers = (await (await request.post("/api/v2/partners/indirect-partners/query", {
    headers: { "X-Requested-With": "newtag-dashboard" },
    data: { limit: 10 },
  })).json()) as { indirect_partners: { indirect_partner_id: string }[] };
  const reseller = resellers.indirect_partners[0]?.indirect_partner_id ?? "";
  const ofReseller = (await (await request.post("/api/v2/partners/sub-customers/new-customers-tags/batch-query", {
    headers: { "X-Requested-With": "newtag-dashboard" },
    data: { limit: 50, indirect_partner_id: reseller },
  })).json()) as { new_customer_tags: FakeTag[] };
  const expiring = ofReseller.new_customer_tags.find((tag) => tag.expire_time);
  if (!tagged || !leaving || !expiring) throw new Error("the demo data set lacks the customers this test needs");
  const edit = await fetch(`${FAKE}/customers`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      set: [
        { customer_id: tagged.customer_id, new_customer_tag: "N" },
        { customer_id: expiring.customer_id, expire_time: "2031-06" },
      ],
      remove: [leaving.customer_id],
    }),
  });
  expect(edit.status).toBe(200);

  await syncNow(page);

  // What changed, by default what the last sync found: exactly those three, one per group.
  const changes = page.getByRole("region", { name: "What changed" });
  await expect(changes.getByRole("table")).toHaveCount(3);
  const table = (name: string) => changes.getByRole("table", { name });
  await expect(table("Tag changed").getByRole("button")).toHaveText([tagged.customer_id]);
  await expect(table("Expire month changed").getByRole("button")).toHaveText([expiring.customer_id]);
  await expect(table("No longer listed").getByRole("button")).toHaveText([leaving.customer_id]);
  await expect(table("Tag changed")).toContainText("Y → N");
  await expect(table("Expire month changed")).toContainText(`${expiring.expire_time} → 2031-06`);

  // The team's webhook got one digest for that sync, signed, naming exactly those three customers.
  const sync = (await (await request.get("/api/portfolio/sync")).json()) as { run_id: string };
  const digestsOf = async () => {
    const all = (await (await fetch(`http://127.0.0.1:${ALERT_RECEIVER_PORT}/received`)).json()) as ReceivedAlert[];
    return all.filter((alert) => (alert.body as { run_id?: string }).run_id === sync.run_id);
  };
  await expect.poll(async () => (await digestsOf()).length, { timeout: 30_000 }).toBe(1);
  const [digest] = await digestsOf();
  expect(digest?.signed).toBe(true);
  const body = digest?.body as { type: string; entries: { customer_id: string; reason: string }[]; counts: Record<string, number>; text: string };
  expect(body.type).toBe("digest");
  expect(body.entries.map((entry) => `${entry.reason} ${entry.customer_id}`).sort()).toEqual(
    [`tag_lost ${tagged.customer_id}`, `gone ${leaving.customer_id}`, `expiry_changed ${expiring.customer_id}`].sort(),
  );
  expect(body.counts).toMatchObject({ tag_changed: 1, expiry_changed: 1, gone: 1, new: 0 });
  for (const id of [tagged.customer_id, leaving.customer_id, expiring.customer_id]) expect(body.text).toContain(id);
  // The sync's status says where its alert went.
  await expect(page.getByText(/^Webhook: sent/)).toBeVisible({ timeout: 30_000 });
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await changes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: fileURLToPath(new URL("./screenshots/en-light-laptop-changes.png", import.meta.url)) });
  }

  // Each customer's history tells the same story.
  await table("Tag changed").getByRole("button", { name: new RegExp(tagged.customer_id) }).click();
  const drawer = page.getByRole("dialog", { name: `Customer ${tagged.customer_id}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText("Tag changed")).toBeVisible();
  await expect(drawer).toContainText("Y → N");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();

  await table("No longer listed").getByRole("button", { name: new RegExp(leaving.customer_id) }).click();
  const goneDrawer = page.getByRole("dialog", { name: `Customer ${leaving.customer_id}` });
  await expect(goneDrawer.getByText(/^Not listed since/)).toBeVisible();
});

test("the insights' expiry calendar: clicking a month's bar filters the table to that month, and clicking it again takes it back", async ({ page }) => {
  await page.goto("/?mode=portfolio&ins=1");
  const count = page.getByText(/^All scopes · [\d,]+ of [\d,]+ customers$/);
  // A store this run has not synced yet shows no rows: fill it first, then open the page afresh
  // so nothing the sync wrote is still arriving while the test clicks.
  if (!(await count.isVisible({ timeout: 5000 }).catch(() => false))) {
    await syncNow(page);
    await page.reload();
    await expect(count).toBeVisible({ timeout: 30_000 });
  }
  const calendar = page.getByRole("figure", { name: "Tags expiring in the next 12 months" });
  const bars = calendar.locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible();
  // The whole portfolio shows: as many customers shown as there are.
  const whole = /^All scopes · ([\d,]+) of \1 customers$/;
  await expect(count).toHaveText(whole);

  // The tallest bar, clicked where a person would: in its middle.
  const boxes = await bars.evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().height));
  const tallest = boxes.indexOf(Math.max(...boxes));
  await bars.nth(tallest).click();
  await expect(page).toHaveURL(/exp=\d{4}-\d{2}\.\.\d{4}-\d{2}/);
  const month = new URL(page.url()).searchParams.get("exp")?.split("..")[0] ?? "";
  expect(new URL(page.url()).searchParams.get("exp")).toBe(`${month}..${month}`);
  await expect(count).not.toHaveText(whole);
  const table = page.getByRole("table", { name: "New-customer tags" });
  const header = await table.getByRole("columnheader").allTextContents();
  const expireColumn = header.findIndex((text) => text.startsWith("Expire month")) + 1;
  const months = await table.locator(`tbody tr td:nth-child(${expireColumn})`).allTextContents();
  expect(months.length).toBeGreaterThan(0);
  for (const text of months) expect(text).toBe(month);

  // A second click on the same bar takes the filter back.
  await bars.nth(tallest).click();
  await expect(page).not.toHaveURL(/exp=/);
  await expect(count).toHaveText(whole);
});
