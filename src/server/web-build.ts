import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the built app is missing or older than the sources it is built from. */
export function webBuildIsStale(root: string, outDir: string): boolean {
  const index = join(outDir, "index.html");
  if (!existsSync(index)) return true;
  const sources = ["index.html", "src/web", "src/domain", "src/contract", "src/main/web.tsx", "public"].map((p) => join(root, p)).filter(existsSync);
  const built = statSync(index).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

/** Builds the web app with Vite (a development dependency, present after `npm install`). */
export async function buildWeb(root: string): Promise<void> {
  const vite = await import("vite").catch(() => {
    throw new Error("the web app is not built and Vite is not installed: run `npm install`, then `npm run build`");
  });
  await vite.build({ root, logLevel: "warn", configFile: join(root, "vite.config.ts") });
}
