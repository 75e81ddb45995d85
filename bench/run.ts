// `npm run bench`: runs every benchmark under bench/ one after another (they share two cores, so
// never in parallel), then prints one table of figures, budgets and verdicts and writes it as JSON.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BenchReport, resultsDir } from "./lib/report.ts";

const benchDir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(benchDir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const failures: string[] = [];
for (const script of scripts) {
  process.stdout.write(`\n== ${script}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", `bench/${script}`], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: "inherit",
    env: { ...process.env, ENV_FILE: "" },
  });
  if (run.status !== 0) failures.push(`${script} exited with ${run.status}`);
}

const reports: BenchReport[] = readdirSync(resultsDir)
  .filter((f) => f.endsWith(".json") && f !== "summary.json")
  .map((f) => JSON.parse(readFileSync(`${resultsDir}${f}`, "utf8")) as BenchReport);
const rows = reports.flatMap((r) =>
  r.figures.map((f) => ({
    figure: f.label,
    value: `${f.value} ${f.unit}`,
    budget: f.budget ? [f.budget.max !== undefined ? `<= ${f.budget.max}` : "", f.budget.min !== undefined ? `>= ${f.budget.min}` : ""].join(" ").trim() + ` ${f.unit}` : "",
    result: f.pass === undefined ? "" : f.pass ? "pass" : "FAIL",
    measured: r.measuredAt.slice(0, 16).replace("T", " "),
  })),
);
const widths = Object.keys(rows[0] ?? {}).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k as keyof typeof r]).length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
process.stdout.write(`\n${line(["figure", "value", "budget", "result", "measured"])}\n`);
process.stdout.write(`${line(widths.map((w) => "-".repeat(w)))}\n`);
for (const r of rows) process.stdout.write(`${line([r.figure, r.value, r.budget, r.result, r.measured])}\n`);
writeFileSync(`${resultsDir}summary.json`, `${JSON.stringify({ rows, failures }, null, 2)}\n`);
const missed = rows.filter((r) => r.result === "FAIL").length;
process.stdout.write(`\n${rows.length} figures, ${missed} over budget${failures.length ? `; ${failures.join("; ")}` : ""}\n`);
process.exit(failures.length > 0 || missed > 0 ? 1 : 0);
