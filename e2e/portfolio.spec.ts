import { fileURLToPath } from "node:url";
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
