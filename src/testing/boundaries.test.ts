import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The repository's lint configuration, run on files planted at the paths the boundaries speak
// about (in a copy of the layout, so the source tree is never touched): every import across a
// boundary fails, and the imports each part is allowed pass.
const root = fileURLToPath(new URL("../..", import.meta.url));
const oxlint = join(root, "node_modules/.bin/oxlint");
const sandbox = mkdtempSync(join(tmpdir(), "boundaries-"));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const importing = (specifier: string) => `import { x } from "${specifier}";\nexport const y = x;\n`;

const FORBIDDEN: Record<string, string> = {
  "src/contract/a.ts": "#domain/month",
  "src/contract/b.ts": "../server/app.ts",
  "src/domain/a.ts": "#web/lib/api-client",
  "src/domain/b.ts": "../mocks/dataset.ts",
  "src/server/a.ts": "#mocks/dataset",
  "src/server/b.ts": "#testing/dataset",
  "src/server/huawei/c.ts": "../../web/lib/scope.ts",
  "src/server/d.ts": "../main/demo.ts",
  "src/web/a.ts": "#server/errors",
  "src/web/features/lookup/b.ts": "../../../mocks/browser.ts",
  "src/web/lib/c.ts": "#testing/fake-bss",
  "src/web/features/lookup/components/e.ts": "../../browse/use-browse.ts",
  "src/web/features/results/f.ts": "#server/app",
  "src/web/features/results/g.ts": "../../app/i18n/load-catalog.ts",
  "src/web/features/portfolio/h.ts": "../results/table-columns.ts",
  "src/web/features/results/i.ts": "#web/features/portfolio/use-portfolio",
  "src/web/lib/h.ts": "../app/theme.ts",
  "src/web/components/i.tsx": "../features/lookup/use-lookup.ts",
  "src/mocks/a.ts": "#server/huawei/signer",
  "src/mocks/b.ts": "../web/lib/api-client.ts",
  "src/main/live.ts": "#mocks/dataset",
  "src/main/demo.ts": "#testing/fake-bss",
  "src/web/features/lookup/d.test.ts": "#mocks/dataset",
  "src/server/e.test.ts": "../mocks/http-server.ts",
  "src/server/testing/f.ts": "#mocks/http-server",
  "e2e/g.spec.ts": "../src/mocks/dataset.ts",
};

const ALLOWED: Record<string, string> = {
  "src/contract/ok.ts": "./huawei-constants.ts",
  "src/domain/ok.ts": "#contract/huawei-api",
  "src/server/ok.ts": "#domain/month",
  "src/web/features/lookup/ok.ts": "#contract/proxy-constants",
  "src/web/features/lookup/components/ok.ts": "../../../lib/api-client.ts",
  "src/web/features/browse/ok.ts": "./paging.ts",
  "src/web/ok.ts": "react-dom/server",
  "src/web/app/ok.ts": "../features/lookup/use-lookup.ts",
  "src/web/features/results/ok.ts": "../../lib/i18n/i18n-context.ts",
  "src/web/features/portfolio/ok.ts": "#contract/portfolio-api",
  "src/mocks/ok.ts": "#domain/tag-status",
  "src/main/ok.ts": "#mocks/http-server",
  "src/server/ok.test.ts": "#testing/fake-bss",
  "src/domain/ok.test.ts": "#testing/dataset",
  "src/testing/ok.ts": "#mocks/dataset",
  "e2e/ok.spec.ts": "../src/testing/dataset.ts",
};

type Diagnostic = { code: string; filename: string };

function restrictedImports(files: Record<string, string>): string[] {
  for (const [path, specifier] of Object.entries(files)) {
    mkdirSync(dirname(join(sandbox, path)), { recursive: true });
    writeFileSync(join(sandbox, path), importing(specifier));
  }
  copyFileSync(join(root, ".oxlintrc.json"), join(sandbox, ".oxlintrc.json"));
  const run = spawnSync(oxlint, ["-c", ".oxlintrc.json", "-f", "json", ...Object.keys(files)], {
    cwd: sandbox,
    encoding: "utf8",
  });
  const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  return diagnostics
    .filter((d) => d.code === "eslint(no-restricted-imports)")
    .map((d) => d.filename)
    .sort();
}

describe("the lint configuration", () => {
  it("fails every planted import across a boundary", () => {
    expect(restrictedImports(FORBIDDEN)).toEqual([
      "e2e/g.spec.ts",
      "src/contract/a.ts",
      "src/contract/b.ts",
      "src/domain/a.ts",
      "src/domain/b.ts",
      "src/main/demo.ts",
      "src/main/live.ts",
      "src/mocks/a.ts",
      "src/mocks/b.ts",
      "src/server/a.ts",
      "src/server/b.ts",
      "src/server/d.ts",
      "src/server/e.test.ts",
      "src/server/huawei/c.ts",
      "src/server/testing/f.ts",
      "src/web/a.ts",
      "src/web/components/i.tsx",
      "src/web/features/lookup/b.ts",
      "src/web/features/lookup/components/e.ts",
      "src/web/features/lookup/d.test.ts",
      "src/web/features/portfolio/h.ts",
      "src/web/features/results/f.ts",
      "src/web/features/results/g.ts",
      "src/web/features/results/i.ts",
      "src/web/lib/c.ts",
      "src/web/lib/h.ts",
    ]);
  });

  it("passes the imports each part is allowed", () => {
    expect(restrictedImports(ALLOWED)).toEqual([]);
  });
});
