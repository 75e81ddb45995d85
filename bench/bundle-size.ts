// Initial JS and CSS of the first screen, gzip-compressed: what index.html loads before any
// dynamic import. Builds the app first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { round, writeReport } from "./lib/report.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
// A separate output folder, so a running dashboard's files are not replaced under it.
const dist = join(root, "dist/bench-web");
await build({ root, logLevel: "error", configFile: join(root, "vite.config.ts"), build: { outDir: dist } });

const html = readFileSync(join(dist, "index.html"), "utf8");
const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? "");
const scripts = [...refs(/<script[^>]+src="([^"]+)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
const styles = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
const gzipKb = (files: string[]) =>
  round(files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) / 1024, 1);

await writeReport("bundle-size", [
  {
    id: "initial-js",
    label: "First screen JS (gzip)",
    value: gzipKb(scripts),
    unit: "KB",
    budget: { max: 180 },
    note: `${scripts.length} file(s)`,
  },
  { id: "initial-css", label: "First screen CSS (gzip)", value: gzipKb(styles), unit: "KB", budget: { max: 40 } },
]);
