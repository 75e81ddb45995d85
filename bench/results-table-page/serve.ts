// The bench page (the results workspace over generated rows), built for production (React's
// development mode is several times slower and would misstate the figures) into a folder of the
// benchmark's own and served by Vite's preview server on `port`.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Builds and serves the page; answers its URL (query string to add) and how to stop the server. */
export async function serveBenchPage(name: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = join(tmpdir(), `newtag-bench-${name}`);
  const configFile = join(root, "vite.config.ts");
  await build({
    root,
    configFile,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, "bench/results-table-page/index.html") } },
  });
  const server = await preview({ root, configFile, build: { outDir }, preview: { port, host: "127.0.0.1", strictPort: true } });
  return { url: `http://127.0.0.1:${port}/bench/results-table-page/index.html`, close: () => server.close() };
}
