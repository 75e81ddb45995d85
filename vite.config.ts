import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

// Writes .br and .gz beside each text asset, which the proxy serves to browsers that accept them
// (no compression work per request).
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  // The entry (React DOM and the Mantine components of the first screen) is about 500 KB before
  // compression; its budget is watched by `npm run bench` (gzip size), not by this warning.
  build: { outDir: "dist/web", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { host: "127.0.0.1", port: 5173 },
  test: {
    environment: "node",
    setupFiles: ["src/testing/setup.ts"],
    restoreMocks: true,
    // Upper bounds for a busy 2-core machine; tests wait for events, these only stop a hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The test of two replicas at Huawei's 10 calls/s measures when calls arrive: it runs after
    // every other file, alone, so that the others' load does not shift its arrivals by more than
    // the flow control's safety margin.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}"],
          exclude: ["src/main/replicas.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "replicas", include: ["src/main/replicas.test.ts"], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
