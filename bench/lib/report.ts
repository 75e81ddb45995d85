import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One measured figure with its budget; `pass` is derived when a budget is given. */
export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** The figure passes when value <= max (or >= min). */
  budget?: { max?: number; min?: number };
  /** Context printed beside the figure (runs, sizes, method). */
  note?: string;
}

export interface BenchReport {
  name: string;
  measuredAt: string;
  machine: { cpus: number; node: string };
  figures: Array<Figure & { pass?: boolean }>;
}

export const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));

/** Judges a figure against its budget. */
export function judge(figure: Figure): boolean | undefined {
  if (!figure.budget) return undefined;
  const { max, min } = figure.budget;
  return (max === undefined || figure.value <= max) && (min === undefined || figure.value >= min);
}

/** Writes `bench/results/<name>.json` and prints the figures. */
export async function writeReport(name: string, figures: Figure[]): Promise<BenchReport> {
  const { availableParallelism } = await import("node:os");
  const report: BenchReport = {
    name,
    measuredAt: new Date().toISOString(),
    machine: { cpus: availableParallelism(), node: process.version },
    figures: figures.map((f) => ({ ...f, pass: judge(f) })),
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${resultsDir}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
  for (const f of report.figures) {
    const verdict = f.pass === undefined ? "" : f.pass ? " PASS" : " FAIL";
    process.stdout.write(`${f.label}: ${f.value} ${f.unit}${verdict}${f.note ? ` (${f.note})` : ""}\n`);
  }
  return report;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Rounds to a number of decimals. */
export const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;
