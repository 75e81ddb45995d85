import { expect, test, type Page } from "./support/test.ts";
import { FAKE, setFaults } from "./support/fake-bss.ts";
import { dataset, equation, gbkCsv, mixedEntries, xlsxFile } from "./support/lookup-fixtures.ts";

test.use({ locale: "en-US" });

const summary = (page: Page) => page.getByRole("status", { name: "Summary" });

test("pasting 1,000 mixed IDs puts each in the bucket the data set predicts", async ({ page }) => {
  const { values, expected } = mixedEntries();
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(values.join("\n"));
  const counts = page.getByRole("status", { name: "What will be queried" });
  await expect(counts).toContainText(`${expected.found + expected.notReturned} valid`);
  await expect(counts).toContainText(`Duplicates removed: ${values.length - expected.total}`);
  await expect(counts).toContainText(`${expected.invalid} invalid`);
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(summary(page)).toHaveText(equation(expected), { timeout: 30_000 });
  // The input has folded into a one-line bar above the results; Edit IDs opens it with the details.
  await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toBeHidden();
  await page.getByRole("button", { name: "Edit IDs" }).click();
  await expect(page.getByRole("textbox", { name: /Customer IDs/ })).toBeFocused();
  await expect(page.getByText(/Batches 5\/5 · IDs 850\/850/)).toBeVisible();

  // Not-returned IDs are listed with the likely reasons.
  const notReturned = page.getByRole("region", { name: "Not returned" });
  await expect(notReturned).toContainText("They belong to one of your cloud resellers");
  await notReturned.getByRole("button", { name: "Show IDs" }).click();
  const reseller = dataset.customersByReseller.get(dataset.resellers[0]!.indirect_partner_id)![0]!;
  await expect(notReturned.getByLabel("Not returned IDs")).toContainText(reseller.tag.customer_id);
});

test("a GBK CSV with a Chinese header and an XLSX file give the same buckets", async ({ page }) => {
  const { values, expected } = mixedEntries();
  await page.goto("/");
  const fileInput = page.locator('input[type="file"]');

  await fileInput.setInputFiles({
    name: "客户清单.csv",
    mimeType: "text/csv",
    buffer: gbkCsv(values),
  });
  await expect(
    page.getByText(/客户清单\.csv: 1,001 rows read; 1,000 values taken from the column “客户ID”/),
  ).toBeVisible();
  await expect(page.getByText(/GBK \/ GB18030/)).toBeVisible();
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(summary(page)).toHaveText(equation(expected), { timeout: 30_000 });
  // The folded bar names the file the IDs came from.
  await expect(page.getByText(/File: 客户清单\.csv/)).toBeVisible();

  await page.getByRole("button", { name: "Edit IDs" }).click();
  await page.getByRole("button", { name: /Remove 客户清单\.csv/ }).click();
  await fileInput.setInputFiles({
    name: "customers.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await xlsxFile(values),
  });
  await expect(
    page.getByText(
      /customers\.xlsx: 1,001 rows read; 1,000 values taken from the column “Customer ID”/,
    ),
  ).toBeVisible();
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(summary(page)).toHaveText(equation(expected), { timeout: 30_000 });
  // The same IDs again: every batch comes from the session cache.
  await expect(page.getByText(/5 of 5 batches came from this session's cache/)).toBeVisible();
});

test("a file without an ID column, or a binary one, says why and keeps what was entered", async ({
  page,
}) => {
  const id = dataset.ownCustomers[0]!.tag.customer_id;
  await page.goto("/");
  const box = page.getByRole("textbox", { name: /Customer IDs/ });
  await box.fill(id);
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: "names.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name,city\nAcme,Shenzhen\n"),
  });
  await expect(page.getByRole("alert", { name: "Could not use “names.csv”" })).toContainText(
    "No customer ID column was found.",
  );
  await fileInput.setInputFiles({
    name: "photo.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
  });
  const alert = page.getByRole("alert", { name: "Could not use “photo.csv”" });
  await expect(alert).toContainText("This is not a text or Excel file.");
  await expect(alert).toContainText("What you entered before is unchanged.");
  await expect(box).toHaveValue(id);
});

test("with one batch failing and others throttled, the run completes and Retry failed recovers everything", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const ids = dataset.ownCustomers.slice(0, 1000).map((c) => c.tag.customer_id);
  await setFaults([
    // The third batch (IDs 401–600) fails on every attempt the proxy makes.
    {
      api: "newCustomerTags",
      times: "always",
      when: { customerId: ids[450] },
      fault: { kind: "status", status: 500, error_code: "CBC.0999", error_msg: "injected failure" },
    },
    // Huawei's gateway throttles two other calls; the proxy waits and retries them unseen.
    {
      api: "newCustomerTags",
      times: 1,
      when: { nthCall: 1 },
      fault: { kind: "status", status: 429, error_code: "APIG.0308", error_msg: "throttled" },
    },
    {
      api: "newCustomerTags",
      times: 1,
      when: { nthCall: 2 },
      fault: { kind: "status", status: 429, error_code: "APIG.0308", error_msg: "throttled" },
    },
  ]);
  await page.goto("/");
  await page.getByRole("textbox", { name: /Customer IDs/ }).fill(ids.join("\n"));
  await page.getByRole("button", { name: "Query", exact: true }).click();
  await expect(summary(page)).toHaveText(
    equation({ found: 800, notReturned: 0, invalid: 0, failed: 200, total: 1000 }),
    { timeout: 60_000 },
  );
  const failed = page.getByRole("region", { name: "Failed" });
  await expect(failed).toContainText("CBC.0999 · 200 IDs");
  await expect(failed).toContainText("injected failure");
  await expect(page.getByText("APIG.0308")).toHaveCount(0);

  await fetch(`${FAKE}/faults`, { method: "DELETE" });
  await page.getByRole("button", { name: "Retry failed (200)" }).click();
  await expect(summary(page)).toHaveText(
    equation({ found: 1000, notReturned: 0, invalid: 0, failed: 0, total: 1000 }),
    { timeout: 30_000 },
  );
  await page.getByRole("button", { name: "Edit IDs" }).click();
  await expect(page.getByText("Every valid ID was found.")).toBeVisible();
});
