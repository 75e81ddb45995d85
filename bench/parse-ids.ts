// Reading a 100,000-row customer list the way the browser's parse worker does: decode (UTF-8,
// and GBK as Chinese Excel saves it), Papa Parse, ID-column detection and validation. Run with
// `node --expose-gc --import tsx bench/parse-ids.ts`; peak memory is the process's max RSS.
import { performance } from "node:perf_hooks";
import { collectIds } from "#domain/customer-ids";
import { createDataset, foreignIds } from "#mocks/dataset";
import { parseFile } from "../src/web/features/lookup/parse-file.ts";
import { encodeGbk } from "../src/web/testing/gbk.ts";
import { type Figure, median, round, writeReport } from "./lib/report.ts";

const ROWS = 100_000;
const RUNS = 5;

const dataset = createDataset();
const known = dataset.customers.map((c) => c.tag.customer_id);
const ids = [...known, ...foreignIds(ROWS - known.length, 31, dataset)];
const lines = [
  "客户名称,客户ID,备注",
  ...ids.map((id, i) => `"客户公司 ${i}",${id},${i % 10 === 0 ? '"含, 逗号"' : ""}`),
];
const text = `${lines.join("\r\n")}\r\n`;
const files = { "utf-8": new TextEncoder().encode(text), gbk: encodeGbk(text) };

const gc = (globalThis as { gc?: () => void }).gc;
const figures: Figure[] = [];
for (const [encoding, bytes] of Object.entries(files)) {
  const times: number[] = [];
  let heapPeak = 0;
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = await parseFile(`list-${encoding}.csv`, bytes);
    if (!result.ok) throw new Error(`parse failed: ${result.error}`);
    const parsed = collectIds(result.entries);
    times.push(performance.now() - start);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
    if (parsed.ids.length !== ROWS || parsed.invalid.length !== 0) {
      throw new Error(
        `expected ${ROWS} valid IDs, got ${parsed.ids.length} (+${parsed.invalid.length} invalid)`,
      );
    }
  }
  const mb = round(bytes.length / 1024 / 1024, 1);
  figures.push({
    id: `parse-100k-${encoding}`,
    label: `Parse a 100,000-row CSV (${encoding}, ${mb} MB), median of ${RUNS}`,
    value: round(median(times), 0),
    unit: "ms",
    budget: { max: 500 },
    note: `decode + Papa Parse + column detection + validation; all ${ROWS} IDs valid`,
  });
  figures.push({
    id: `parse-100k-${encoding}-heap`,
    label: `Heap retained after parsing (${encoding})`,
    value: round(heapPeak / 1024 / 1024, 1),
    unit: "MB",
    note: gc
      ? "heapUsed after minus before, with a GC first"
      : "run with --expose-gc for a steadier figure",
  });
}
figures.push({
  id: "parse-100k-max-rss",
  label: "Peak process memory (max RSS) over all runs",
  value: round(process.resourceUsage().maxRSS / 1024, 0),
  unit: "MB",
  budget: { max: 1024 },
  note: "includes Node itself and the generated data set",
});
await writeReport("parse-ids", figures);
