import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist/web", emptyOutDir: true, sourcemap: false },
  server: { host: "127.0.0.1", port: 5173 },
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["src/testing/setup.ts"],
    restoreMocks: true,
  },
});
