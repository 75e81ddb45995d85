import writeXlsxFile from "write-excel-file/node";
import { createDataset, foreignIds } from "../../src/testing/dataset.ts";
import { encodeGbk } from "../../src/web/testing/gbk.ts";

// The server runs the default seed at the real current date; so does this.
export const dataset = createDataset();

/** The expected buckets of an input for the partner's own scope, from the data set. */
export type Expected = {
  found: number;
  notReturned: number;
  invalid: number;
  failed: number;
  total: number;
};

/**
 * 1,000 entries: the partner's own customers (found), a reseller's customers and unknown IDs
 * (both silently dropped by Huawei), repeats, and values no customer ID can be.
 */
export function mixedEntries(): { values: string[]; expected: Expected } {
  const own = dataset.ownCustomers.slice(100, 700).map((c) => c.tag.customer_id);
  const reseller = dataset.customersByReseller.get(dataset.resellers[0]!.indirect_partner_id)!;
  const resellers = reseller.slice(0, 100).map((c) => c.tag.customer_id);
  const unknown = foreignIds(150, 21, dataset);
  const invalid = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? `bad#${i}` : `客户${i}`));
  const unique = [...own, ...resellers, ...unknown, ...invalid];
  const repeats = [...own.slice(0, 60), ...unknown.slice(0, 20), ...invalid.slice(0, 20)];
  // Interleave the repeats so that duplicates are not only at the end.
  const values = [...unique];
  repeats.forEach((value, i) => values.splice((i * 9) % values.length, 0, value));
  return {
    values,
    expected: {
      found: own.length,
      notReturned: resellers.length + unknown.length,
      invalid: invalid.length,
      failed: 0,
      total: unique.length,
    },
  };
}

/** A GBK-encoded CSV, as Chinese Excel saves one, with a Chinese header and a name column. */
export function gbkCsv(values: readonly string[]): Buffer {
  const lines = ["客户名称,客户ID", ...values.map((value, i) => `客户公司${i},${value}`)];
  return Buffer.from(encodeGbk(`${lines.join("\r\n")}\r\n`));
}

/** An XLSX file whose first sheet has the IDs under an English header in the second column. */
export async function xlsxFile(values: readonly string[]): Promise<Buffer> {
  const rows = [
    [{ value: "Account" }, { value: "Customer ID" }],
    ...values.map((value, i) => [{ value: `acct-${i}` }, { value }]),
  ];
  return writeXlsxFile(rows).toBuffer();
}

/** The summary line the page shows for `expected`, in English. */
export function equation(expected: Expected): string {
  const n = (value: number) => value.toLocaleString("en-US");
  return `${n(expected.found)} found + ${n(expected.notReturned)} not returned + ${n(expected.invalid)} invalid + ${n(expected.failed)} failed = ${n(expected.total)} entries`;
}
