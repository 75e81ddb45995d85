// `npm run build:grid-compare`: the comparison page for ../shared/bench/grid-anchor, built on its
// own into dist/grid-compare/ (index.html at the root, assets beside it), never into the app.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const repo = fileURLToPath(new URL("../..", import.meta.url));
// The anchor's row generator, shared with AG Grid's page so both render the very same rows.
const anchor = process.env.GRID_ANCHOR_DIR ?? `${repo}../shared/bench/grid-anchor`;

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  resolve: { alias: { "grid-anchor-rows": `${anchor}/aggrid/src/rows.js` } },
  build: {
    outDir: `${repo}dist/grid-compare`,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
});
