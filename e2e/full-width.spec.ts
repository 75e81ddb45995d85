import { expect, test } from "@playwright/test";

// IDs typed in a Chinese IME's full-width mode are the same IDs: read as ASCII, and said so.
// Screenshots of the input counts go to SCREENSHOT_DIR when it is set.
const shots = process.env.SCREENSHOT_DIR;

const ACTIVE = "34085605d7c6b54e02b91f38453804bf";
const EXPIRED = "ec9b554a5ee580a03748a8f13587e67e";
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("pasted full-width IDs are counted as valid, said to be converted, and found", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("textbox", { name: /Customer IDs/ })
      .fill([fullWidth(ACTIVE), fullWidth(EXPIRED), "ffffffffffffffffffffffffffffffff"].join("\n"));
    const counts = page.getByRole("status", { name: "What will be queried" });
    await expect(counts).toContainText("3 valid");
    await expect(counts).toContainText("0 invalid");
    await expect(counts).toContainText("2 IDs converted from full-width");
    if (shots) await counts.screenshot({ path: `${shots}/input-counts-en.png` });
    await page.getByRole("button", { name: "Query", exact: true }).click();
    await expect(page.getByRole("status", { name: "Summary" })).toContainText("2 found");
    await expect(page.getByRole("cell", { name: ACTIVE })).toBeVisible();
  });
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a CSV of full-width IDs is read in the worker the same way", async ({ page }) => {
    await page.goto("/");
    await page.locator('input[type="file"]').setInputFiles({
      name: "客户.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`客户ID\n${fullWidth(ACTIVE)}\n${fullWidth(EXPIRED)}\n${EXPIRED}\n`),
    });
    const counts = page.getByRole("status", { name: "待查询内容" });
    await expect(counts).toContainText("有效 2 个");
    await expect(counts).toContainText("重复 1 个");
    await expect(counts).toContainText("已将 2 个 ID 从全角转换为半角");
    if (shots) await counts.screenshot({ path: `${shots}/input-counts-zh.png` });
  });
});
