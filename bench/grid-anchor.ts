// The results workspace beside AG Grid Community on the same 100,000 rows, in one interleaved run
// of ../shared/bench/grid-anchor/bench-aggrid.mjs (medians of 5 loads each): builds the comparison
// page (`npm run build:grid-compare`, bench/grid-compare/), runs the anchor's harness with it as
// `--target ours=dist/grid-compare`, and judges each ratio ours / AG Grid against its budget.
// GRID_ANCHOR_DIR points at another copy of the anchor; GRID_ANCHOR_REPS changes the loads.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Figure, round, writeReport } from "./lib/report.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const anchor = process.env.GRID_ANCHOR_DIR ?? join(root, "../shared/bench/grid-anchor");
const harness = join(anchor, "bench-aggrid.mjs");
if (!existsSync(harness)) throw new Error(`no grid anchor at ${anchor} (set GRID_ANCHOR_DIR)`);

const built = spawnSync(
  "npm",
  ["run", "--silent", "build:grid-compare", "--", "--logLevel", "error"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (built.status !== 0) throw new Error("npm run build:grid-compare failed");

const reps = process.env.GRID_ANCHOR_REPS ?? "5";
const run = spawnSync(
  process.execPath,
  [harness, "--reps", reps, "--target", `ours=${join(root, "dist/grid-compare")}`],
  {
    cwd: anchor,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  },
);
const lines = run.stdout.trim().split("\n");
process.stdout.write(`${lines.slice(0, -1).join("\n")}\n`);
if (run.status !== 0 && run.status !== 2) throw new Error(`grid anchor exited with ${run.status}`);

type Stat = { median: number } | null;
type Target = {
  name: string;
  weight: { jsGzip: number } | null;
  metrics: Record<string, Stat>;
  failedChecks: string[];
};
const result = JSON.parse(lines.at(-1) ?? "{}") as { targets: Target[]; reps: number };
const [theirs, ours] = result.targets;
if (!theirs || !ours) throw new Error("the grid anchor measured fewer than two pages");

const figure = (key: string) => {
  const a = ours.metrics[key]?.median;
  const b = theirs.metrics[key]?.median;
  if (a === undefined || b === undefined) throw new Error(`no ${key} in the grid anchor's result`);
  return { ours: a, theirs: b, ratio: b > 0 ? a / b : a > 0 ? Infinity : 1 };
};
const ratio = (id: string, key: string, label: string, max: number, unit = "ms"): Figure => {
  const f = figure(key);
  return {
    id: `grid-${id}-ratio`,
    label: `vs AG Grid, 100,000 rows: ${label} (ours / AG Grid)`,
    value: round(f.ratio, 2),
    unit: "×",
    budget: { max },
    note: `${round(f.ours, 1)} vs ${round(f.theirs, 1)} ${unit}, medians of ${result.reps}`,
  };
};

const ourJs = (ours.weight?.jsGzip ?? NaN) / 1024;
const theirJs = (theirs.weight?.jsGzip ?? NaN) / 1024;
const longest = figure("loadLongestTaskMs");
const longTasks = figure("scrollLongTasks");
await writeReport("grid-anchor", [
  {
    id: "grid-initial-js-ratio",
    label: "vs AG Grid, 100,000 rows: initial JS gzip (ours / AG Grid)",
    value: round(ourJs / theirJs, 2),
    unit: "×",
    budget: { max: 0.6 },
    note: `${round(ourJs, 1)} vs ${round(theirJs, 1)} KB`,
  },
  ratio("first-rows", "firstRowsMs", "first rows visible", 0.5),
  {
    id: "grid-load-longest-task",
    label: "vs AG Grid, 100,000 rows: longest main-thread task before our first rows",
    value: round(longest.ours, 0),
    unit: "ms",
    budget: { max: 200 },
    note: `AG Grid ${round(longest.theirs, 0)} ms`,
  },
  ratio("filter", "filterMs", "filter", 0.33),
  ratio("clear-filter", "clearFilterMs", "clear filter", 0.33),
  ratio("sort", "sortMs", "sort", 0.33),
  ratio("clear-sort", "clearSortMs", "clear sort", 0.33),
  ratio("scroll-p95", "scrollP95FrameMs", "scroll 50×2,000 px, p95 frame", 1),
  ratio("scroll-total", "scrollTotalMs", "scroll 50×2,000 px, total time", 1),
  {
    id: "grid-scroll-long-tasks",
    label: "vs AG Grid, 100,000 rows: long tasks while scrolling, ours minus AG Grid's",
    value: longTasks.ours - longTasks.theirs,
    unit: "tasks",
    budget: { max: -1 },
    note: `${longTasks.ours} vs ${longTasks.theirs}; fewer is the budget`,
  },
  {
    id: "grid-checks",
    label: "vs AG Grid, 100,000 rows: failed correctness checks of our page",
    value: ours.failedChecks.length,
    unit: "checks",
    budget: { max: 0 },
    note: ours.failedChecks.slice(0, 2).join("; "),
  },
]);
