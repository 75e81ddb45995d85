// The results workspace at 100,000 rows:
//  - filter + sort time of the shared functions the table uses (Node, median of 7);
//  - CSV export time (table of text + encoding, Node, median of 5);
//  - rows in the DOM while scrolling the virtualized "All (scroll)" view from top to bottom, and
//    the slowest frame while doing it (headless Chromium against Vite's dev server).
import { launchChromium } from "./lib/browser.ts";
import { encodeCsv } from "../src/domain/csv.ts";
import { currentMonth } from "../src/domain/month.ts";
import { applyFilters, NO_FILTERS, toResultRows } from "../src/domain/tag-filters.ts";
import { sortRows } from "../src/domain/tag-sort.ts";
import { en } from "../src/web/app/i18n/catalog.en.ts";
import { compileCatalog } from "../src/web/lib/i18n/compile.ts";
import { exportTable, tableLines } from "../src/web/features/results/export/export-table.ts";
import { tableColumns } from "../src/web/features/results/table-columns.ts";
import { median, round, writeReport } from "./lib/report.ts";
import { benchRows } from "./results-table-page/rows.ts";
import { serveBenchPage } from "./results-table-page/serve.ts";

const ROWS = 100_000;
const now = new Date();
const context = { month: currentMonth(now), soonMonths: 3 };
const tags = benchRows(ROWS, now);

// Runs in the page; a string, because tsx's helpers (such as __name) do not exist there.
const SCROLL_SCRIPT = `(async () => {
  // The table scrolls with the page: the page is the scroller, the section holds the rows.
  const table = document.querySelector('section[aria-label^="Showing all"]');
  const element = document.scrollingElement;
  const count = () => table.querySelectorAll("tbody tr:not([aria-hidden])").length;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  let max = count(), slowest = 0, taken = 0;
  const frames = [];
  const positions = [];
  for (let y = 0; y < element.scrollHeight; y += element.clientHeight * 3) positions.push(y);
  const stride = Math.ceil(positions.length / 400);
  const chosen = positions.filter((_, i) => i % stride === 0).concat(element.scrollHeight);
  for (const y of chosen) {
    const before = await frame();
    element.scrollTop = y;
    const after = await frame();
    await frame();
    slowest = Math.max(slowest, after - before);
    frames.push(after - before);
    max = Math.max(max, count());
    taken++;
  }
  // Then wheel-sized steps from the middle, as a person scrolls.
  const wheel = [];
  element.scrollTop = element.scrollHeight / 2;
  await frame(); await frame();
  for (let i = 0; i < 200; i++) {
    const before = await frame();
    element.scrollTop += 120;
    const after = await frame();
    wheel.push(after - before);
    max = Math.max(max, count());
  }
  wheel.sort((a, b) => a - b);
  element.scrollTop = element.scrollHeight;
  await frame(); await frame();
  const rows = table.querySelectorAll("tbody tr:not([aria-hidden])");
  frames.sort((a, b) => a - b);
  return { max, slowest, taken, wheelMedian: wheel[100], wheelP95: wheel[190], medianFrame: frames[Math.floor(frames.length / 2)], p95Frame: frames[Math.floor(frames.length * 0.95)], lastRow: rows[rows.length - 1]?.getAttribute("aria-rowindex") ?? null };
})()`;

function time(runs: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

const derive = time(7, () => toResultRows(tags, context));
const rows = toResultRows(tags, context);
const filters = {
  ...NO_FILTERS,
  statuses: ["expired", "notNew", "expiringSoon", "expiresThisMonth"] as const,
  query: "a",
};
let kept = 0;
const filterSort = time(7, () => {
  const filtered = applyFilters(rows, { ...filters, statuses: [...filters.statuses] });
  kept = filtered.length;
  return sortRows(filtered, { column: "expire", desc: true });
});
const sortAll = time(7, () => sortRows(rows, { column: "status", desc: false }));
const { t } = compileCatalog("en", en);
let csvBytes = 0;
const csv = time(5, () => {
  const table = exportTable(rows, { t, soonMonths: 3, columns: tableColumns(false) });
  const text = encodeCsv(tableLines(table));
  csvBytes = Buffer.byteLength(text);
});

// Browser: the bench page as built for production (bench/results-table-page/serve.ts).
const served = await serveBenchPage("results-table", 5391);
const browser = await launchChromium();
let maxDomRows = 0;
let steps = 0;
let slowestFrame = 0;
let firstRender = 0;
let medianFrame = 0;
let wheelMedian = 0;
let wheelP95 = 0;
let p95Frame = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const start = Date.now();
  await page.goto(
    `${served.url}?rows=${ROWS}&size=all`,
  );
  await page
    .getByRole("region", { name: /Showing all 100,000 rows/ })
    .waitFor({ timeout: 120_000 });
  firstRender = Date.now() - start;
  const scroller = page.getByRole("region", { name: /Showing all 100,000 rows/ });
  // Scroll in screen-sized steps and jumps, counting body rows and timing frames as we go.
  await scroller.waitFor();
  const result = (await page.evaluate(SCROLL_SCRIPT)) as {
    max: number;
    slowest: number;
    taken: number;
    medianFrame: number;
    wheelMedian: number;
    wheelP95: number;
    p95Frame: number;
    lastRow: string | null;
  };
  medianFrame = result.medianFrame;
  wheelMedian = result.wheelMedian;
  wheelP95 = result.wheelP95;
  p95Frame = result.p95Frame;
  maxDomRows = result.max;
  steps = result.taken;
  slowestFrame = result.slowest;
  if (result.lastRow !== String(ROWS + 1))
    throw new Error(`scrolled to the end but the last row is ${result.lastRow}`);
} finally {
  await browser.close();
  await served.close();
}

await writeReport("results-table", [
  {
    id: "derive-100k",
    label: "Derive status of 100,000 rows",
    value: round(median(derive), 1),
    unit: "ms",
    budget: { max: 300 },
  },
  {
    id: "filter-sort-100k",
    label: "Filter (4 statuses + search) and sort by expire month, 100,000 rows",
    value: round(median(filterSort), 1),
    unit: "ms",
    budget: { max: 100 },
    note: `${kept} rows kept`,
  },
  {
    id: "sort-100k",
    label: "Sort all 100,000 rows by status (no filter)",
    value: round(median(sortAll), 1),
    unit: "ms",
    budget: { max: 100 },
  },
  {
    id: "csv-export-100k",
    label: "CSV export of 100,000 rows (table + encoding)",
    value: round(median(csv), 1),
    unit: "ms",
    budget: { max: 1000 },
    note: `${round(csvBytes / 1e6, 1)} MB`,
  },
  {
    id: "dom-rows-scrolling-100k",
    label: "Most table rows in the DOM while scrolling 100,000 rows",
    value: maxDomRows,
    unit: "rows",
    budget: { max: 150 },
    note: `${steps} scroll positions top to bottom; page usable after ${firstRender} ms, production build`,
  },
  {
    id: "scroll-frame-100k",
    label: "Median frame after a scroll jump (virtualized, 100,000 rows)",
    value: round(medianFrame, 1),
    unit: "ms",
    budget: { max: 100 },
    note: `every row replaced (jumps of three screens); p95 ${round(p95Frame, 1)} ms, slowest ${round(slowestFrame, 1)} ms; headless Chromium, software rendering, production build`,
  },
  {
    id: "wheel-frame-100k",
    label: "Median frame while wheel-scrolling (120 px steps, 100,000 rows)",
    value: round(wheelMedian, 1),
    unit: "ms",
    budget: { max: 34 },
    note: `p95 ${round(wheelP95, 1)} ms; headless Chromium, software rendering, production build`,
  },
]);
